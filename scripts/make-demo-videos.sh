#!/usr/bin/env bash
# Dev-time only: regenerates the small demo clips in db/seed/videos (committed,
# so npm start never needs ffmpeg). Vertical 360x640 VP9/Opus WebM, 6-8 s, < 300 KB each.
set -euo pipefail
cd "$(dirname "$0")/../db/seed/videos"
make() { # name, video filter graph, tone Hz, seconds
  ffmpeg -hide_banner -loglevel error -y -f lavfi -i "$2" -f lavfi -i "sine=frequency=$3:duration=$4" \
    -t "$4" -c:v libvpx-vp9 -b:v 150k -maxrate 210k -bufsize 300k -deadline good -cpu-used 4 -row-mt 1 -c:a libopus -b:a 32k -shortest "$1.webm"
  ffmpeg -hide_banner -loglevel error -y -ss 1 -i "$1.webm" -frames:v 1 -q:v 6 "$1.jpg"
}
make aurora "gradients=s=360x640:r=24:speed=0.02:d=8,hue=s=1.4" 220 8
make pulse "mandelbrot=s=360x640:r=24:maxiter=60,format=yuv420p" 262 7
make strobe "gradients=s=360x640:r=24:speed=0.08:c0=0x0b3d2e:c1=0x1fd1a5:c2=0xf7d154:d=6,vignette" 330 6
make bloom "life=s=180x320:r=24:mold=10:ratio=0.1:death_color=#3b1d6e:life_color=#ff5fa2,scale=360:640:flags=neighbor,format=yuv420p" 392 6
make tape "testsrc2=s=360x640:r=24,hue=s=0.4" 440 6
make drift "gradients=s=360x640:r=24:speed=0.05:c0=0x2b1055:c1=0x7597de:c2=0xff5fa2:d=8" 494 8
ls -la
