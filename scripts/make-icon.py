# Draws media/icon.png (128×128): a red document with a white table grid, written as a PNG with zlib.
import struct, zlib

W = H = 128
RED, WHITE, DARK = (196, 30, 36), (255, 255, 255), (140, 18, 22)
px = [[(0, 0, 0, 0)] * W for _ in range(H)]
for y in range(H):
    for x in range(W):
        r = 18
        cx = min(max(x, r), W - 1 - r)
        cy = min(max(y, r), H - 1 - r)
        if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
            px[y][x] = RED + (255,)
# The table: an outer frame, a header row and three columns.
for y in range(34, 100):
    for x in range(24, 104):
        edge = y in (34, 35, 98, 99) or x in (24, 25, 102, 103)
        grid = y in (52, 53, 70, 71, 84, 85) or x in (52, 53, 78, 79)
        if edge or grid:
            px[y][x] = WHITE + (255,)
        elif y < 52:
            px[y][x] = DARK + (255,)
raw = b''.join(b'\x00' + bytes(c for p in row for c in p) for row in px)
chunk = lambda t, d: struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xFFFFFFFF)
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', W, H, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
open('media/icon.png', 'wb').write(png)
