export * from "./accounts";
export * from "./media";
export * from "./profiles";
export * from "./music";
export * from "./concerts";
export * from "./merch";
export * from "./activity";
export * from "./messages";
