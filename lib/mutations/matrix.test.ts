/**
 * The authorization matrix: every server action and every cookie-authenticated
 * route handler, run as an anonymous visitor, as another account and as the
 * owner of the thing it changes. A refusal must change nothing in the
 * database. A new action or handler without its row here fails the first test.
 */
import { actAs, anyAccount, anyone, form, handlerCall, MATRIX_PASSWORD, onlyOwner, outcome, setUpGuardedEnv, snapshot, tiny, uniq, type Row, type World } from "@/lib/test/guarded-env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MEMBER_ROLES } from "@/db/schema/enums";
import { isRoleRefusal, PAGE_ROLES, roleMay, type PageAbility, type PageRole } from "@/lib/auth/policy";

/** The role matrix as the product promises it (issue 19); the owner may do everything. */
const MAY: Record<PageAbility, readonly PageRole[]> = {
  edit: ["owner", "admin"],
  publish_music: ["owner", "admin", "editor"],
  post_videos: ["owner", "admin", "editor"],
  announce_shows: ["owner", "admin", "editor"],
  announce: ["owner", "admin", "editor"],
  sell: ["owner", "admin", "merch"],
  manage_orders: ["owner", "admin", "merch"],
  read_stats: ["owner", "admin", "analyst"],
  message: ["owner", "admin", "editor"],
  manage_team: ["owner", "admin"],
  read_audit: ["owner", "admin"],
  manage_roster: ["owner", "admin"],
  transfer: ["owner"],
  delete_page: ["owner"],
};

const ACTIONS: Record<string, Row> = {
  "account/updateProfileAction": { expect: anyAccount, call: async () => outcome(async () => (await import("@/lib/account/actions")).updateProfileAction({ ok: false }, form({ name: "New Name", bio: "Hello" }))) },
  "account/changeEmailAction": { expect: anyAccount, call: async (_w, role) => outcome(async () => (await import("@/lib/account/actions")).changeEmailAction({ ok: false }, form({ email: `${uniq(role)}@new.test`, currentPassword: MATRIX_PASSWORD }))) },
  // Only the emailed link confirms a change: a made-up token changes nothing for anyone.
  "account/confirmEmailAction": { expect: { anon: "refused", other: "refused", owner: "refused" }, call: async () => outcome(async () => (await import("@/lib/account/actions")).confirmEmailAction({ ok: false }, form({ token: "x".repeat(43) }))) },
  "account/changePasswordAction": { expect: anyAccount, call: async () => outcome(async () => (await import("@/lib/account/actions")).changePasswordAction({ ok: false }, form({ currentPassword: MATRIX_PASSWORD, password: MATRIX_PASSWORD, confirm: MATRIX_PASSWORD }))) },
  "account/signOutEverywhereAction": { expect: anyAccount, call: async () => outcome(async () => (await import("@/lib/account/actions")).signOutEverywhereAction({})) },
  "account/pageHeirAction": { expect: onlyOwner, call: async (w) => outcome(async () => (await import("@/lib/account/actions")).pageHeirAction({ ok: false }, form({ pageId: w.page, heir: "delete" }))) },
  "account/countryAction": { expect: anyAccount, call: async () => outcome(async () => (await import("@/lib/account/actions")).countryAction({ ok: false }, form({ country: "DE" }))) },
  "account/privacyAction": { expect: anyAccount, call: async () => outcome(async () => (await import("@/lib/account/actions")).privacyAction({ setting: "hideFollows", value: true })) },
  "account/muteAction": { expect: anyAccount, call: async (w) => outcome(async () => (await import("@/lib/account/actions")).muteAction({ profileId: w.stranger.listenerId, mute: true })) },
  // The friend follows the owner; only the owner answers (another account has no such follower: refused).
  "account/answerFollowRequestAction": { expect: onlyOwner, call: async (w) => outcome(async () => (await import("@/lib/account/actions")).answerFollowRequestAction({ profileId: w.friend.listenerId, approve: true })) },
  "account/forgotPasswordAction": { expect: anyone, call: async () => outcome(async () => (await import("@/lib/account/actions")).forgotPasswordAction({ ok: false }, form({ email: "owner@x.test" }))) },
  "account/resetPasswordAction": { expect: { anon: "refused", other: "refused", owner: "refused" }, call: async () => outcome(async () => (await import("@/lib/account/actions")).resetPasswordAction({ ok: false }, form({ token: "x".repeat(43), password: "taken-over-9", confirm: "taken-over-9" }))) },
  "account/deleteAccountAction": { expect: anyAccount, call: async () => outcome(async () => (await import("@/lib/account/actions")).deleteAccountAction({ ok: false }, form({ currentPassword: MATRIX_PASSWORD, confirm: "DELETE" }))) },
  "account/startExportAction": { expect: anyAccount, call: async () => outcome(async () => (await import("@/lib/account/actions")).startExportAction({})) },
  // The owner is the world's site admin; nobody else moderates.
  // Federation on (local test mode): following a known remote actor queues a Follow; nothing is sent here.
  "federation/remoteFollowAction": {
    expect: anyAccount,
    call: async (w, role) =>
      outcome(async () => {
        process.env.FEDERATION_LOCAL = "1";
        const { remoteActors } = await import("@/db/schema");
        // The visitor is refused before anything is looked up: no actor is made for that call.
        const [actor] = role === "anon" ? [{ id: "aaaaaaaaaaaaaa" }] : await w.db.insert(remoteActors).values({ uri: `http://elsewhere.test/u/${Math.random().toString(36).slice(2)}`, handle: "x@elsewhere.test", host: "elsewhere.test", type: "Person", name: "X", inbox: "http://elsewhere.test/inbox", fetchedAt: new Date() }).returning();
        try {
          return await (await import("@/lib/federation/actions")).remoteFollowAction({ actorId: actor.id, follow: true });
        } finally {
          delete process.env.FEDERATION_LOCAL;
        }
      }),
  },
  // Server-wide blocks of other servers: admins only (the owner is the world's site admin).
  "federation/blockFederationAction": { expect: onlyOwner, call: async (_w, role) => outcome(async () => (await import("@/lib/federation/actions")).blockFederationAction({ ok: false }, form({ target: `${uniq(role)}.spam.example`, reason: "spam" }))) },
  "federation/unblockFederationAction": {
    expect: onlyOwner,
    call: async (w, role) =>
      outcome(async () => {
        if (role === "owner") await w.db.insert((await import("@/db/schema")).federationBlocks).values({ target: "gone.example" });
        return await (await import("@/lib/federation/actions")).unblockFederationAction({ target: "gone.example" });
      }),
  },
  "federation/pageFederationAction": { expect: onlyOwner, ability: "edit", call: async (w) => outcome(async () => (await import("@/lib/federation/actions")).pageFederationAction({ profileId: w.page, federate: false })) },
  "moderation/decideReportAction": { expect: onlyOwner, call: async (w) => outcome(async () => (await import("@/lib/moderation/actions")).decideReportAction({ ok: false }, form({ reportId: w.report, action: "dismiss", note: "" }))) },
  "moderation/liftSuspensionAction": { expect: onlyOwner, call: async (w) => outcome(async () => (await import("@/lib/moderation/actions")).liftSuspensionAction({ userId: w.stranger.userId, note: "" })) },
  // Anyone may choose a language: the cookie, and the account's setting when signed in.
  "i18n/setLanguageAction": { expect: anyone, call: async () => outcome(async () => (await import("@/lib/i18n/actions")).setLanguageAction({ locale: "fr" })) },
  "auth/signUpAction": { expect: anyone, call: async (_w, role) => outcome(async () => (await import("@/lib/auth/actions")).signUpAction({ ok: false }, form({ email: `${uniq(role)}@x.test`, password: "loud-music-2026", name: "New", handle: uniq(role), country: "DE" }))) },
  "auth/signInAction": { expect: anyone, call: async () => outcome(async () => (await import("@/lib/auth/actions")).signInAction({ ok: false }, form({ email: "owner@x.test", password: "whatever-1" }))) },
  "auth/signOutAction": { expect: anyone, call: async () => outcome(async () => (await import("@/lib/auth/actions")).signOutAction(null)) },
  "auth/joinWaitlistAction": { expect: anyone, call: async (_w, role) => outcome(async () => (await import("@/lib/auth/actions")).joinWaitlistAction({ ok: false }, form({ email: `${uniq(role)}@x.test`, country: "CN" }))) },
  "comments/postCommentAction": { expect: anyAccount, call: async (w) => outcome(async () => (await import("@/lib/comments/actions")).postCommentAction({ target: { type: "track", id: w.track }, body: "Love the bridge @owner", atMs: 1000 })) },
  "comments/editCommentAction": { expect: onlyOwner, call: async (w) => outcome(async () => (await import("@/lib/comments/actions")).editCommentAction({ commentId: w.comment, body: "first! (edited)" })) },
  "comments/deleteCommentAction": { expect: onlyOwner, call: async (w) => outcome(async () => (await import("@/lib/comments/actions")).deleteCommentAction({ commentId: w.spare().comment })) },
  "comments/moderateCommentAction": { expect: onlyOwner, ability: "publish_music", call: async (w) => outcome(async () => (await import("@/lib/comments/actions")).moderateCommentAction({ commentId: w.comment, op: "hide" })) },
  "comments/setCommentsOffAction": { expect: onlyOwner, ability: "publish_music", call: async (w) => outcome(async () => (await import("@/lib/comments/actions")).setCommentsOffAction({ trackId: w.track, off: false })) },
  // Reporting your own comment is refused (delete it instead).
  "comments/reportCommentAction": { expect: { anon: "refused", other: "ok", owner: "refused" }, call: async (w) => outcome(async () => (await import("@/lib/comments/actions")).reportCommentAction({ commentId: w.comment, reason: "Spam" })) },
  "concerts/announceConcertAction": {
    expect: onlyOwner, ability: "announce_shows",
    call: async (w) => outcome(async () => (await import("@/lib/concerts/actions")).announceConcertAction({ ok: false }, form({ profileId: w.page, venueName: "Lido", address: "Torstraße 1", city: "Berlin", country: "DE", timeZone: "Europe/Berlin", startsLocal: "2031-05-01T20:00", ticketUrl: "", priceMin: "", priceMax: "", currency: "EUR", lineup: "" }))),
  },
  "concerts/editConcertAction": {
    expect: onlyOwner, ability: "announce_shows",
    call: async (w) => outcome(async () => (await import("@/lib/concerts/actions")).editConcertAction({ ok: false }, form({ profileId: w.page, concertId: w.concert, venueName: "Paradiso Noord", address: "Weteringschans 6", city: "Amsterdam", country: "NL", timeZone: "Europe/Amsterdam", startsLocal: "2031-06-01T20:00", ticketUrl: "", priceMin: "", priceMax: "", currency: "EUR", lineup: "" }))),
  },
  "concerts/concertStatusAction": { expect: onlyOwner, ability: "announce_shows", call: async (w) => outcome(async () => (await import("@/lib/concerts/actions")).concertStatusAction({ ok: false }, form({ profileId: w.page, concertId: w.concert, status: "postponed", newStartsLocal: "" }))) },
  "concerts/interestAction": { expect: anyAccount, call: async (w) => outcome(async () => (await import("@/lib/concerts/actions")).interestAction({ concertId: w.concert, interested: true })) },
  "discovery/genresAction": { expect: anyAccount, call: async () => outcome(async () => (await import("@/lib/discovery/actions")).genresAction({ ok: false }, form({ genre: "techno" }))) },
  "discovery/likeAction": { expect: anyAccount, call: async (w) => outcome(async () => (await import("@/lib/discovery/actions")).likeAction({ type: "track", id: w.track, like: true })) },
  "feed/shareTrackAction": { expect: anyAccount, call: async (w) => outcome(async () => (await import("@/lib/feed/actions")).shareTrackAction({ trackId: w.track, share: true })) },
  "follows/followAction": { expect: anyAccount, call: async (w) => outcome(async () => (await import("@/lib/follows/actions")).followAction({ profileId: w.elsewhere, follow: true })) },
  "follows/startFollowAction": { expect: anyone, call: async (w) => outcome(async () => (await import("@/lib/follows/actions")).startFollowAction({ profileId: w.page, returnTo: "/@owned_artist" })) },
  "follows/setNotifyLevelAction": { expect: { anon: "refused", other: "refused", owner: "ok" }, call: async (w) => outcome(async () => (await import("@/lib/follows/actions")).setNotifyLevelAction({ profileId: w.friend.listenerId, level: "off" })) },
  "merch/saveProductAction": {
    expect: onlyOwner, ability: "sell",
    call: async (w) => outcome(async () => (await import("@/lib/merch/actions")).saveProductAction({ ok: false }, form({ profileId: w.page, productId: w.product, title: "Tour tee", description: "", price: "25", currency: "EUR", status: "live", shipCountries: ["DE"], variantId: w.variant, variantName: "M", variantStock: "49", variantStockFrom: "49", variantPrice: "" }))),
  },
  "merch/removeProductImageAction": { expect: onlyOwner, ability: "sell", call: async (w) => outcome(async () => (await import("@/lib/merch/actions")).removeProductImageAction({ pageId: w.page, productId: w.product, position: 0 })) },
  // The world's product has an order: it is archived, never deleted, so even the owner is told so and nothing changes.
  "merch/deleteProductAction": { expect: { anon: "refused", other: "refused", owner: "inert" }, ability: "sell", call: async (w) => outcome(async () => (await import("@/lib/merch/actions")).deleteProductAction({ pageId: w.page, productId: w.product })) },
  "merch/cartAction": { expect: { anon: "refused", other: "ok", owner: "refused" }, call: async (w) => outcome(async () => (await import("@/lib/merch/actions")).cartAction({ variantId: w.variant, quantity: 1, mode: "set" })) },
  "merch/addToCartAction": { expect: { anon: "refused", other: "ok", owner: "refused" }, call: async (w) => outcome(async () => (await import("@/lib/merch/actions")).addToCartAction({ ok: false }, form({ variant: w.variant, quantity: "1" }))) },
  "merch/checkoutAction": {
    // Reviewing is harmless for anyone with a cart; only the buyer with lines from this seller gets a review.
    expect: { anon: "refused", other: "ok", owner: "refused" },
    call: async (w) => outcome(async () => (await import("@/lib/merch/actions")).checkoutAction({ ok: false }, form({ sellerId: w.page, currency: "EUR", step: "review", ...w.address }))),
  },
  "merch/sellerOrderAction": { expect: onlyOwner, ability: "manage_orders", call: async (w) => outcome(async () => (await import("@/lib/merch/actions")).sellerOrderAction({ ok: false }, form({ orderId: w.order, sellerId: w.page, action: "mark_paid", trackingNote: "" }))) },
  "messages/sendMessageAction": { expect: onlyOwner, call: async (w) => outcome(async () => (await import("@/lib/messages/actions")).sendMessageAction({ conversationId: w.chat, body: "still there?" })) },
  "messages/startConversationAction": { expect: anyAccount, call: async () => outcome(async () => (await import("@/lib/messages/actions")).startConversationAction({ ok: false }, form({ to: "@friend", body: "hey" }))) },
  "messages/shareTargetsAction": { expect: { anon: "refused", other: "ok", owner: "ok" }, call: async () => outcome(async () => (await import("@/lib/messages/actions")).shareTargetsAction(null)) },
  "messages/shareToConversationsAction": { expect: onlyOwner, call: async (w) => outcome(async () => (await import("@/lib/messages/actions")).shareToConversationsAction({ conversationIds: [w.chat], type: "track", id: w.track, note: "listen" })) },
  "messages/markReadAction": { expect: { anon: "refused", other: "inert", owner: "ok" }, call: async (w) => outcome(async () => (await import("@/lib/messages/actions")).markReadAction(w.chat)) },
  "messages/respondToRequestAction": { expect: onlyOwner, call: async (w) => outcome(async () => (await import("@/lib/messages/actions")).respondToRequestAction({ conversationId: w.request, accept: true })) },
  "messages/blockAction": { expect: anyAccount, call: async (w) => outcome(async () => (await import("@/lib/messages/actions")).blockAction({ profileId: w.stranger.listenerId, block: true })) },
  "messages/reportAction": { expect: anyAccount, call: async (w) => outcome(async () => (await import("@/lib/messages/actions")).reportAction({ profileId: w.stranger.listenerId, reason: "spam in my requests" })) },
  "notifications/markAllNotificationsReadAction": { expect: anyAccount, call: async () => outcome(async () => (await import("@/lib/notifications/actions")).markAllNotificationsReadAction(null)) },
  "notifications/markNotificationReadAction": { expect: { anon: "refused", other: "inert", owner: "ok" }, call: async (w) => outcome(async () => (await import("@/lib/notifications/actions")).markNotificationReadAction(w.notification)) },
  "playlists/createPlaylistAction": { expect: anyAccount, call: async (w) => outcome(async () => (await import("@/lib/playlists/actions")).createPlaylistAction({ ok: false }, form({ title: "Road trip", description: "", isPublic: "on", trackId: w.track }))) },
  "playlists/updatePlaylistAction": { expect: onlyOwner, call: async (w) => outcome(async () => (await import("@/lib/playlists/actions")).updatePlaylistAction({ ok: false }, form({ playlistId: w.playlist, title: "Owner's mix, renamed", description: "", isPublic: "on" }))) },
  "playlists/addToPlaylistAction": { expect: onlyOwner, call: async (w) => outcome(async () => (await import("@/lib/playlists/actions")).addToPlaylistAction({ playlistId: w.playlist, trackId: w.track })) },
  "playlists/movePlaylistTrackAction": { expect: onlyOwner, call: async (w) => outcome(async () => (await import("@/lib/playlists/actions")).movePlaylistTrackAction({ playlistId: w.playlist, trackId: w.track, to: 1 })) },
  "playlists/removeFromPlaylistAction": { expect: onlyOwner, call: async (w) => outcome(async () => (await import("@/lib/playlists/actions")).removeFromPlaylistAction({ playlistId: w.playlist, trackId: w.track })) },
  "playlists/listeningHistoryAction": { expect: anyAccount, call: async () => outcome(async () => (await import("@/lib/playlists/actions")).listeningHistoryAction({ change: "clear" })) },
  // Following your own playlist is refused (it is yours already); another account may.
  "playlists/followPlaylistAction": { expect: { anon: "refused", other: "ok", owner: "refused" }, call: async (w) => outcome(async () => (await import("@/lib/playlists/actions")).followPlaylistAction({ playlistId: w.playlist, follow: true })) },
  "playlists/saveReleaseAction": { expect: anyAccount, call: async (w) => outcome(async () => (await import("@/lib/playlists/actions")).saveReleaseAction({ releaseId: w.release, save: true })) },
  "playlists/inviteCollaboratorAction": { expect: onlyOwner, call: async (w) => outcome(async () => (await import("@/lib/playlists/actions")).inviteCollaboratorAction({ playlistId: w.playlist, handle: "@friend" })) },
  // Only the invited account has an invitation to answer.
  "playlists/respondToInviteAction": { expect: { anon: "refused", other: "ok", owner: "refused" }, call: async (w) => outcome(async () => (await import("@/lib/playlists/actions")).respondToInviteAction({ playlistId: w.playlist, accept: true })) },
  "playlists/removeCollaboratorAction": { expect: onlyOwner, call: async (w) => outcome(async () => (await import("@/lib/playlists/actions")).removeCollaboratorAction({ playlistId: w.playlist, profileId: w.friend.listenerId })) },
  "playlists/deletePlaylistAction": { expect: onlyOwner, call: async (w) => outcome(async () => (await import("@/lib/playlists/actions")).deletePlaylistAction({ playlistId: w.doomedPlaylist })) },
  "studio/createPageAction": { expect: anyAccount, call: async (_w, role) => outcome(async () => (await import("@/lib/studio/actions")).createPageAction({ ok: false }, form({ kind: "artist", name: "New Act", handle: uniq(role) }))) },
  "studio/updatePageAction": {
    expect: onlyOwner, ability: "edit",
    call: async (w) => outcome(async () => (await import("@/lib/studio/actions")).updatePageAction({ ok: false }, form({ profileId: w.page, name: "Owned Artist", handle: "owned_artist", bio: "New bio", links: "", genres: "techno", city: "Berlin", country: "DE" }))),
  },
  "studio/setTrackEmbedAction": { expect: onlyOwner, ability: "publish_music", call: async (w) => outcome(async () => (await import("@/lib/studio/actions")).setTrackEmbedAction({ trackId: w.track, fullPlays: false })) },
  "teams/inviteMemberAction": { expect: onlyOwner, ability: "manage_team", call: async (w) => outcome(async () => (await import("@/lib/teams/actions")).inviteMemberAction({ ok: false }, form({ pageId: w.page, handle: "@stranger", role: "editor" }))) },
  "teams/setMemberRoleAction": { expect: onlyOwner, ability: "manage_team", call: async (w) => outcome(async () => (await import("@/lib/teams/actions")).setMemberRoleAction({ pageId: w.page, userId: w.members.analyst.userId, role: "analyst" })) },
  "teams/removeMemberAction": { expect: onlyOwner, ability: "manage_team", call: async (w) => outcome(async () => (await import("@/lib/teams/actions")).removeMemberAction({ pageId: w.page, userId: w.stranger.userId })) },
  "teams/offerTransferAction": { expect: onlyOwner, ability: "transfer", call: async (w) => outcome(async () => (await import("@/lib/teams/actions")).offerTransferAction({ ok: false }, form({ pageId: w.page, handle: "friend" }))) },
  "teams/cancelTransferAction": { expect: onlyOwner, ability: "transfer", call: async (w) => outcome(async () => (await import("@/lib/teams/actions")).cancelTransferAction({ pageId: w.page })) },
  // Only the invited account can answer, and none of these three is invited.
  "teams/answerInviteAction": { expect: { anon: "refused", other: "refused", owner: "refused" }, call: async (w) => outcome(async () => (await import("@/lib/teams/actions")).answerInviteAction({ pageId: w.page, accept: true })) },
  "teams/answerTransferAction": { expect: { anon: "refused", other: "refused", owner: "refused" }, call: async (w) => outcome(async () => (await import("@/lib/teams/actions")).answerTransferAction({ pageId: w.page, accept: true })) },
  "teams/leavePageAction": { expect: { anon: "refused", other: "refused", owner: "refused" }, call: async (w) => outcome(async () => (await import("@/lib/teams/actions")).leavePageAction({ pageId: w.page })) },
  "music/updateReleaseAction": {
    expect: onlyOwner,
    ability: "publish_music",
    call: async (w) => outcome(async () => (await import("@/lib/music/actions")).updateReleaseAction({ ok: false }, form({ releaseId: w.release, title: "Glasshouse (Deluxe)", kind: "ep", genre: "techno", description: "", copyright: "℗ 2026", upc: "" }))),
  },
  "music/updateTrackAction": { expect: onlyOwner, ability: "publish_music", call: async (w) => outcome(async () => (await import("@/lib/music/actions")).updateTrackAction({ ok: false }, form({ trackId: w.track, title: "Glass", isrc: "DE-ABC-26-00001", credits: "", lyrics: "la la", featured: "@friends_band" }))) },
  // The owner's page was never credited on the friend's band's track: nothing to decline, nothing changes.
  "music/declineCreditAction": { expect: { anon: "refused", other: "refused", owner: "inert" }, ability: "edit", call: async (w) => outcome(async () => (await import("@/lib/music/actions")).declineCreditAction({ trackId: w.track, profileId: w.page })) },
  "music/reorderTracksAction": { expect: onlyOwner, ability: "publish_music", call: async (w) => outcome(async () => (await import("@/lib/music/actions")).reorderTracksAction({ releaseId: w.release, trackIds: [w.track] })) },
  // The release's only track cannot go (delete the release instead): the owner is told so and nothing changes.
  "music/removeTrackAction": { expect: { anon: "refused", other: "refused", owner: "inert" }, ability: "publish_music", call: async (w) => outcome(async () => (await import("@/lib/music/actions")).removeTrackAction({ trackId: w.track })) },
  // The world's track audio has not failed: there is nothing to retry, and the owner is told so.
  "music/retryAudioAction": { expect: { anon: "refused", other: "refused", owner: "inert" }, ability: "publish_music", call: async (w) => outcome(async () => (await import("@/lib/music/actions")).retryAudioAction({ trackId: w.track })) },
  "music/setReleasePublishedAction": { expect: onlyOwner, ability: "publish_music", call: async (w) => outcome(async () => (await import("@/lib/music/actions")).setReleasePublishedAction({ releaseId: w.release, published: true })) },
  "music/deleteReleaseAction": { expect: onlyOwner, ability: "publish_music", call: async (w) => outcome(async () => (await import("@/lib/music/actions")).deleteReleaseAction({ releaseId: w.spare().release })) },
  "studio/deleteAnnouncementAction": { expect: onlyOwner, ability: "announce", call: async (w) => outcome(async () => (await import("@/lib/studio/actions")).deleteAnnouncementAction({ profileId: w.page, announcementId: w.spare().announcement })) },
  "videos/updateVideoAction": { expect: onlyOwner, ability: "post_videos", call: async (w) => outcome(async () => (await import("@/lib/videos/actions")).updateVideoAction({ ok: false }, form({ videoId: w.spare().video, caption: "soundcheck", trackId: w.track }))) },
  "videos/deleteVideoAction": { expect: onlyOwner, ability: "post_videos", call: async (w) => outcome(async () => (await import("@/lib/videos/actions")).deleteVideoAction({ videoId: w.spare().video })) },
  "teams/deletePageAction": { expect: onlyOwner, ability: "delete_page", call: async (w) => outcome(async () => (await import("@/lib/teams/actions")).deletePageAction({ ok: false }, form({ pageId: w.deletable().id, confirm: `@${w.deletable().handle}` }))) },
  "teams/inviteToRosterAction": { expect: onlyOwner, ability: "manage_roster", call: async (w) => outcome(async () => (await import("@/lib/teams/actions")).inviteToRosterAction({ ok: false }, form({ pageId: w.label, handle: "friends_band" }))) },
  "teams/answerRosterAction": { expect: { anon: "refused", other: "refused", owner: "inert" }, ability: "edit", call: async (w) => outcome(async () => (await import("@/lib/teams/actions")).answerRosterAction({ labelId: w.label, artistId: w.page, accept: true })) },
  "teams/removeFromRosterAction": { expect: onlyOwner, ability: "manage_roster", call: async (w) => outcome(async () => (await import("@/lib/teams/actions")).removeFromRosterAction({ labelId: w.label, artistId: w.elsewhere })) },
  "teams/leaveRosterAction": { expect: { anon: "refused", other: "refused", owner: "inert" }, ability: "edit", call: async (w) => outcome(async () => (await import("@/lib/teams/actions")).leaveRosterAction({ labelId: w.label, artistId: w.page })) },
  "studio/postAnnouncementAction": { expect: onlyOwner, ability: "announce", call: async (w) => outcome(async () => (await import("@/lib/studio/actions")).postAnnouncementAction({ ok: false }, form({ profileId: w.page, body: "New single out Friday" }))) },
};

const upload = (fields: Record<string, string | Blob>) => () => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

/** Route handlers that read the session cookie. */
const ROUTES: Record<string, Row> = {
  "account/avatar POST": {
    expect: anyAccount,
    call: (w) => handlerCall("account/avatar", "POST", () => "/api/account/avatar", () => ({}), upload({ file: new File([new Uint8Array(tiny.png)], "me.png", { type: "image/png" }) }))(w),
  },
  "studio/pages/[id]/image POST": {
    expect: onlyOwner, ability: "edit",
    call: (w) => handlerCall("studio/pages/[id]/image", "POST", (x) => `/api/studio/pages/${x.page}/image?slot=avatar`, (x) => ({ id: x.page }), upload({ file: new File([new Uint8Array(tiny.png)], "a.png", { type: "image/png" }) }))(w),
  },
  "studio/pages/[id]/releases POST": {
    expect: onlyOwner, ability: "publish_music",
    call: (w) =>
      handlerCall("studio/pages/[id]/releases", "POST", (x) => `/api/studio/pages/${x.page}/releases`, (x) => ({ id: x.page }), upload({ title: "Second", kind: "single", releaseAt: "", genre: "techno", trackTitle: "Two", audio: new File([new Uint8Array(tiny.wav)], "two.wav", { type: "audio/wav" }) }))(w),
  },
  "studio/pages/[id]/videos POST": {
    expect: onlyOwner, ability: "post_videos",
    call: (w) => handlerCall("studio/pages/[id]/videos", "POST", (x) => `/api/studio/pages/${x.page}/videos`, (x) => ({ id: x.page }), upload({ caption: "live", trackId: "", video: new File([new Uint8Array(tiny.webm)], "clip.webm", { type: "video/webm" }) }))(w),
  },
  "studio/pages/[id]/products/[productId]/images POST": {
    expect: onlyOwner, ability: "sell",
    call: (w) =>
      handlerCall("studio/pages/[id]/products/[productId]/images", "POST", (x) => `/api/studio/pages/${x.page}/products/${x.product}/images`, (x) => ({ id: x.page, productId: x.product }), upload({ file: new File([new Uint8Array(tiny.png)], "p.png", { type: "image/png" }) }))(w),
  },
  "playlists/[id]/cover POST": {
    expect: onlyOwner,
    call: (w) => handlerCall("playlists/[id]/cover", "POST", (x) => `/api/playlists/${x.playlist}/cover`, (x) => ({ id: x.playlist }), upload({ file: new File([new Uint8Array(tiny.png)], "c.png", { type: "image/png" }) }))(w),
  },
  "studio/releases/[releaseId]/cover POST": {
    expect: onlyOwner,
    ability: "publish_music",
    call: (w) => handlerCall("studio/releases/[releaseId]/cover", "POST", (x) => `/api/studio/releases/${x.release}/cover`, (x) => ({ releaseId: x.release }), upload({ file: new File([new Uint8Array(tiny.png)], "c.png", { type: "image/png" }) }))(w),
  },
  "studio/tracks/[trackId]/audio POST": {
    expect: onlyOwner,
    ability: "publish_music",
    call: (w) => handlerCall("studio/tracks/[trackId]/audio", "POST", (x) => `/api/studio/tracks/${x.track}/audio`, (x) => ({ trackId: x.track }), upload({ audio: new File([new Uint8Array(tiny.wav)], "new.wav", { type: "audio/wav" }) }))(w),
  },
  "discover/impressions POST": {
    expect: anyAccount,
    call: (w) => handlerCall("discover/impressions", "POST", () => "/api/discover/impressions", () => ({}), (x) => JSON.stringify({ key: `track:${x.track}`, creatorId: x.page, reason: "r", source: "popular", watchMs: 3000, skipped: false, liked: false, followed: false }))(w),
  },
  "plays POST": { expect: anyone, call: (w) => handlerCall("plays", "POST", () => "/api/plays", () => ({}), (x) => JSON.stringify({ trackId: x.track, source: "app" }))(w) },
  "studio/pages/[id]/stats GET": { expect: onlyOwner, ability: "read_stats", call: (w) => handlerCall("studio/pages/[id]/stats", "GET", (x) => `/api/studio/pages/${x.page}/stats?table=daily&range=7d`, (x) => ({ id: x.page }))(w) },
  "messages/[id]/stream GET": { expect: { anon: "refused", other: "refused", owner: "ok" }, call: (w) => handlerCall("messages/[id]/stream", "GET", (x) => `/api/messages/${x.chat}/stream`, (x) => ({ id: x.chat }))(w) },
};

let world: World;

let cleanup = () => { };
beforeAll(async () => {
  ({ world, cleanup } = await setUpGuardedEnv());
});
afterAll(() => cleanup());

describe("authorization matrix", () => {
  it("has a row for every server action and every cookie-authenticated route handler", async () => {
    const modules = import.meta.glob<Record<string, unknown>>("../**/actions.ts");
    const exported: string[] = [];
    for (const [file, load] of Object.entries(modules)) {
      const area = file.replace(/^\.\.\//, "").replace(/\/actions\.ts$/, "");
      for (const [name, value] of Object.entries(await load())) if (typeof value === "function") exported.push(`${area}/${name}`);
    }
    expect(exported.filter((name) => !ACTIONS[name]), "actions without a matrix row").toEqual([]);
    expect(Object.keys(ACTIONS).filter((name) => !exported.includes(name)), "rows for actions that no longer exist").toEqual([]);

    const sources = import.meta.glob<string>("../../app/api/**/route.ts", { query: "?raw", import: "default" });
    const cookieRoutes: string[] = [];
    for (const [file, load] of Object.entries(sources)) {
      const source = await load();
      // Anything that reads the session is cookie-authenticated.
      if (!/getViewer|auth\(\)|route\(/.test(source)) continue;
      const name = file.replace("../../app/api/", "").replace("/route.ts", "");
      // Mutations, and reads that go through the guard (the live message stream).
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
        const guarded = new RegExp(`export const ${method} = route\\(`).test(source);
        if (guarded || (method !== "GET" && new RegExp(`export (async function|function|const) ${method}\\b`).test(source))) cookieRoutes.push(`${name} ${method}`);
      }
    }
    expect(cookieRoutes.filter((name) => !ROUTES[name]), "route handlers without a matrix row").toEqual([]);
  });

  for (const [name, row] of Object.entries({ ...ACTIONS, ...ROUTES })) {
    it(`${name}: anonymous ${row.expect.anon}, another account ${row.expect.other}, owner ${row.expect.owner}`, async () => {
      for (const role of ["anon", "other", "owner"] as const) {
        actAs(role === "anon" ? null : role === "other" ? world.other.userId : world.owner.userId);
        const before = await snapshot(world);
        const result = await row.call(world, role);
        const expected = row.expect[role];
        if (expected === "ok") expect(result.ok, `${name} as ${role} should succeed`).toBe(true);
        else {
          if (expected === "refused") expect(result.ok, `${name} as ${role} should be refused`).toBe(false);
          expect((await snapshot(world)) === before, `${name} as ${role} changed the database`).toBe(true);
        }
      }
    });
  }
});

describe("role matrix: every Studio action x every role", () => {
  it("the policy grants exactly the abilities each role is promised", () => {
    for (const ability of Object.keys(MAY) as PageAbility[]) for (const role of PAGE_ROLES) expect(roleMay(role, ability), `${role} ${ability}`).toBe(MAY[ability].includes(role));
  });

  for (const [name, row] of Object.entries({ ...ACTIONS, ...ROUTES }).filter(([, r]) => r.ability)) {
    const ability = row.ability!;
    it(`${name} (${ability}): ${MEMBER_ROLES.map((r) => `${r} ${MAY[ability].includes(r) ? "allowed" : "refused"}`).join(", ")}; invited, not accepted: refused`, async () => {
      for (const role of [...MEMBER_ROLES, "invited"] as const) {
        actAs(role === "invited" ? world.invitee.userId : world.members[role].userId);
        const before = await snapshot(world);
        const result = await row.call(world, "owner");
        if (role !== "invited" && MAY[ability].includes(role)) {
          // Allowed: it may still fail for its own reasons (a state already reached), never for the role.
          expect(result.ok || !isRoleRefusal(result.message), `${name} as ${role}: ${result.message}`).toBe(true);
        } else {
          expect(result.ok, `${name} as ${role} should be refused`).toBe(false);
          expect((await snapshot(world)) === before, `${name} as ${role} changed the database`).toBe(true);
        }
      }
    });
  }
});
