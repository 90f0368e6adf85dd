#!/usr/bin/env bash
# Writes the same 20-slide deck twice into DIR: `deck.md` for presenterm and
# `episodes/` (manifest.ron and one episode) for `invisibles --episodes`.
# Each slide is a heading ("Slide N of 20") and the same paragraph.
#
#   scripts/deck.sh DIR
set -euo pipefail
dir=${1:?usage: scripts/deck.sh DIR}
mkdir -p "$dir/episodes"
title="Twenty slides"
body="Behind the icon on the customer's screen are a person, their hours and their costs. This paragraph is the same on every slide, long enough to wrap at 120 columns in both programs, so that each draws a full slide of text."

{
  printf -- '---\ntitle: %s\n---\n\n' "$title"
  for n in $(seq 20); do
    printf 'Slide %d of 20\n===\n\n%s\n\n' "$n" "$body"
    [ "$n" -lt 20 ] && printf '<!-- end_slide -->\n\n'
  done
} >"$dir/deck.md"

cat >"$dir/episodes/manifest.ron" <<RON
Manifest(
    title: (fr: "$title", en: "$title"),
    subtitle: (fr: "Banc d'essai", en: "A benchmark"),
    episodes: ["slides.ron"],
)
RON
{
  printf 'Episode(\n    id: "slides",\n    title: (fr: "%s", en: "%s"),\n' "$title" "$title"
  printf '    chapters: [Chapter(\n        id: "all",\n        title: (fr: "%s", en: "%s"),\n        panels: [\n' "$title" "$title"
  for n in $(seq 20); do
    printf '            Narration(\n                id: "slide-%d",\n' "$n"
    printf '                heading: (fr: "Slide %d of 20", en: "Slide %d of 20"),\n' "$n" "$n"
    printf '                body: (fr: "%s", en: "%s"),\n            ),\n' "$body" "$body"
  done
  printf '        ],\n    )],\n)\n'
} >"$dir/episodes/slides.ron"
