#!/usr/bin/env python3
"""Regenerates the two icons Teams requires, with nothing but the standard library.

The PNGs are committed; run this only when the design changes. The symbol is a speech bubble
with a check mark ("complaint resolved"): white on brand blue for color.png, and a white
silhouette with the check cut out on transparency for outline.png (Teams recolours that one).
"""
import math
import pathlib
import struct
import zlib

BRAND = (0x1F, 0x6F, 0xB2)
SAMPLES = 4  # per axis, for anti-aliased edges


def in_round_rect(x, y, left, top, right, bottom, r):
    if not (left <= x <= right and top <= y <= bottom):
        return False
    cx = min(max(x, left + r), right - r)
    cy = min(max(y, top + r), bottom - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def in_triangle(x, y, a, b, c):
    def side(p, q):
        return (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1])
    d1, d2, d3 = side(a, b), side(b, c), side(c, a)
    return not ((d1 < 0 or d2 < 0 or d3 < 0) and (d1 > 0 or d2 > 0 or d3 > 0))


def near_polyline(x, y, points, width):
    for (x1, y1), (x2, y2) in zip(points, points[1:]):
        dx, dy = x2 - x1, y2 - y1
        t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
        if math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)) <= width / 2:
            return True
    return False


def symbol(size):
    """Coverage functions for bubble and check, laid out on a 0..1 square scaled to size."""
    s = size / 192.0

    def bubble(x, y):
        return in_round_rect(x, y, 34 * s, 40 * s, 158 * s, 128 * s, 20 * s) or \
            in_triangle(x, y, (58 * s, 120 * s), (54 * s, 160 * s), (96 * s, 124 * s))

    def check(x, y):
        return near_polyline(x, y, [(70 * s, 84 * s), (90 * s, 104 * s), (124 * s, 66 * s)], 14 * s)

    return bubble, check


def render(size, pixel):
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter type None
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    r, g, b, a = pixel(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            alpha = acc[3] / (SAMPLES * SAMPLES)
            rgb = [round(c / acc[3]) if acc[3] else 0 for c in acc[:3]]
            row += bytes(rgb + [round(alpha)])
        rows.append(bytes(row))
    return png(size, b"".join(rows))


def png(size, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def color_pixel(size):
    bubble, check = symbol(size)

    def pixel(x, y):
        if bubble(x, y) and not check(x, y):
            return (255, 255, 255, 255)
        return BRAND + (255,)
    return pixel


def outline_pixel(size):
    bubble, check = symbol(size)

    def pixel(x, y):
        return (255, 255, 255, 255) if bubble(x, y) and not check(x, y) else (255, 255, 255, 0)
    return pixel


if __name__ == "__main__":
    here = pathlib.Path(__file__).resolve().parent
    (here / "color.png").write_bytes(render(192, color_pixel(192)))
    (here / "outline.png").write_bytes(render(32, outline_pixel(32)))
