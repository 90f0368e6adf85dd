#!/usr/bin/env python3
"""A tmux capture (`capture-pane -e -p`) to one HTML page, for a screenshot.

Usage: ansi2html.py IN.txt OUT.html COLUMNS ROWS

Only what tmux writes is understood: SGR sequences (bold, dim, italic,
underline, reverse; 30-37/90-97, 38;5;N and 38;2;R;G;B, and their
backgrounds). Named colours are xterm's default palette, the same values
the contrast test assumes (tests/it/contrast.rs). Each cell is one span in
a grid of fixed-size cells, so box drawing and block glyphs join up.
"""

import html
import re
import sys

# xterm's default palette for the 16 named colours.
ANSI16 = [
    "#000000", "#cd0000", "#00cd00", "#cdcd00", "#0000ee", "#cd00cd", "#00cdcd", "#e5e5e5",
    "#7f7f7f", "#ff0000", "#00ff00", "#ffff00", "#5c5cff", "#ff00ff", "#00ffff", "#ffffff",
]
# What a terminal without colours set shows (NO_COLOR): xterm's defaults.
DEFAULT_FG, DEFAULT_BG = "#e5e5e5", "#000000"
SGR = re.compile(r"\x1b\[([0-9;:]*)m")
OTHER_ESCAPE = re.compile(r"\x1b(\[[0-9;?]*[A-Za-z]|\][^\x07]*\x07|[()][A-Z0-9])")


def indexed(n):
    if n < 16:
        return ANSI16[n]
    if n < 232:
        n -= 16
        levels = [0, 95, 135, 175, 215, 255]
        r, g, b = levels[n // 36], levels[n // 6 % 6], levels[n % 6]
        return f"#{r:02x}{g:02x}{b:02x}"
    v = 8 + 10 * (n - 232)
    return f"#{v:02x}{v:02x}{v:02x}"


def blend(fg, bg, share):
    """`share` of `fg` over `bg`: how a terminal draws dim (faint) text."""
    a = [int(fg[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(bg[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x * share + y * (1 - share)):02x}" for x, y in zip(a, b))


class Pen:
    def __init__(self):
        self.reset()

    def reset(self):
        self.fg = self.bg = None
        self.bold = self.dim = self.italic = self.underline = self.reverse = False

    def apply(self, params):
        codes = [int(p) if p else 0 for p in re.split("[;:]", params)] if params else [0]
        i = 0
        while i < len(codes):
            c = codes[i]
            if c == 0:
                self.reset()
            elif c == 1:
                self.bold = True
            elif c == 2:
                self.dim = True
            elif c == 3:
                self.italic = True
            elif c == 4:
                self.underline = True
            elif c == 7:
                self.reverse = True
            elif c == 22:
                self.bold = self.dim = False
            elif c == 23:
                self.italic = False
            elif c == 24:
                self.underline = False
            elif c == 27:
                self.reverse = False
            elif 30 <= c <= 37:
                self.fg = ANSI16[c - 30]
            elif 90 <= c <= 97:
                self.fg = ANSI16[c - 90 + 8]
            elif 40 <= c <= 47:
                self.bg = ANSI16[c - 40]
            elif 100 <= c <= 107:
                self.bg = ANSI16[c - 100 + 8]
            elif c == 39:
                self.fg = None
            elif c == 49:
                self.bg = None
            elif c in (38, 48) and i + 1 < len(codes):
                if codes[i + 1] == 5 and i + 2 < len(codes):
                    colour, i = indexed(codes[i + 2] % 256), i + 2
                elif codes[i + 1] == 2 and i + 4 < len(codes):
                    r, g, b = codes[i + 2:i + 5]
                    colour, i = f"#{r:02x}{g:02x}{b:02x}", i + 4
                else:
                    colour = None
                if c == 38:
                    self.fg = colour
                else:
                    self.bg = colour
            i += 1

    def css(self):
        fg, bg = self.fg or DEFAULT_FG, self.bg or DEFAULT_BG
        if self.reverse:
            fg, bg = bg, fg
        if self.dim:
            fg = blend(fg, bg, 0.6)
        out = f"color:{fg};background:{bg}"
        if self.bold:
            out += ";font-weight:bold"
        if self.italic:
            out += ";font-style:italic"
        if self.underline:
            out += ";text-decoration:underline"
        return out


def convert(text, cols, rows):
    pen = Pen()
    lines = text.split("\n")[:rows]
    out = []
    for line in lines:
        line = OTHER_ESCAPE.sub(lambda m: m.group(0) if m.group(0).endswith("m") else "", line)
        cells, pos = [], 0
        for m in SGR.finditer(line):
            cells += [(ch, pen.css()) for ch in line[pos:m.start()]]
            pen.apply(m.group(1))
            pos = m.end()
        cells += [(ch, pen.css()) for ch in line[pos:]]
        # tmux leaves trailing blanks out: the rest of the row in the last style.
        width = sum(2 if is_wide(ch) else 1 for ch, _ in cells)
        cells += [(" ", pen.css())] * max(0, cols - width)
        row, run_style, run = [], None, ""
        for ch, style in cells:
            if style != run_style and run:
                row.append(f'<span style="{run_style}">{html.escape(run)}</span>')
                run = ""
            run_style = style
            run += ch
        if run:
            row.append(f'<span style="{run_style}">{html.escape(run)}</span>')
        out.append("<div>" + "".join(row) + "</div>")
        # tmux carries the pen from one line to the next: no reset here.
    out += ["<div> </div>"] * (rows - len(lines))
    return "".join(out)


def is_wide(ch):
    import unicodedata
    return unicodedata.east_asian_width(ch) in ("W", "F")


def main():
    src, dst, cols, rows = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    with open(src, encoding="utf-8", errors="replace") as f:
        text = f.read()
    body = convert(text, cols, rows)
    page = f"""<!doctype html>
<meta charset="utf-8">
<style>
html, body {{ margin: 0; background: {DEFAULT_BG}; overflow: hidden; }}
/* 17px DejaVu Sans Mono is about 20px from ascent to descent: block glyphs join. */
pre {{ margin: 0; font: 17px/20px "DejaVu Sans Mono", "Liberation Mono", monospace;
      width: {cols}ch; }}
pre div {{ height: 20px; white-space: pre; overflow: hidden; }}
</style>
<pre>{body}</pre>
"""
    with open(dst, "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    main()
