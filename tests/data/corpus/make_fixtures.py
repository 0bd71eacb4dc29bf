#!/usr/bin/env python3
"""Writes the corpus-loading fixtures of tests/engine/tst_textdecoder.cpp and
tst_corpusloader.cpp. Run it from anywhere; it writes next to itself. The files
are committed, so the tests never need Python; the script documents their bytes."""

import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    path = os.path.join(HERE, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


def symlink(target, name):
    path = os.path.join(HERE, name)
    if os.path.lexists(path):
        os.remove(path)
    os.symlink(target, path)


def tiny_png():
    """A real 1x1 black PNG: signature, IHDR, IDAT, IEND."""
    def chunk(kind, payload):
        body = kind + payload
        return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)  # 1x1, 8-bit greyscale
    pixels = zlib.compress(b"\x00\x00")                     # filter byte + one pixel
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


# --- encodings -------------------------------------------------------------
write("utf8.txt", "El señorial chalet se encontraba a la izquierda de la carretera.\n"
                  "Canción de cuna: niño, año, pingüino.\n")
write("utf8-bom.txt", b"\xef\xbb\xbf" + "Hola, señor.\n".encode("utf-8"))
utf16_text = "Canción: niño 😀\n"  # the emoji is a surrogate pair in UTF-16
write("utf16le-bom.txt", b"\xff\xfe" + utf16_text.encode("utf-16-le"))
write("utf16be-bom.txt", b"\xfe\xff" + utf16_text.encode("utf-16-be"))
write("latin1.txt", "Una canción para el niño.\n".encode("latin-1"))
# Valid accents plus two invalid bytes: a lone 0xFF and a lead byte 0xC3 followed by '!'.
write("invalid-utf8.txt", "Año: ".encode() + b"\xff" + " y corazón ".encode() + b"\xc3" + b"!\n")
write("empty.txt", b"")
write("binary.png", tiny_png())
write("nul.bin", b"abc\x00def\n")

# --- tables ------------------------------------------------------------------
# CRLF line ends; the quoted field of record 2 holds a doubled quote and a comma,
# the one of record 3 a bare LF.
write("table.csv", b"id,text,label\r\n"
                   + '1,"Me encantó la película, ""muy"" buena",pos\r\n'.encode()
                   + '2,"Una historia\nen dos líneas",neg\r\n'.encode()
                   + b"3,Aburrida y larga,neg\r\n")
write("ragged.csv", "id,text,label\n1,uno,a\n2,\"dos\nlíneas\",b\n3,tres\n")
write("noheader.tsv", "Gen.1.1\tIn the beginning God created the heaven and the earth.\n"
                      "Gen.1.2\tAnd the earth was without form, and void.\n"
                      "Gen.1.3\t\"Let there be light,\" said God.\n")
write("data.jsonl", '{"id": "a1", "text": "Me gustó mucho.", "label": "pos", "stars": 5}\n'
                    "\n"
                    '{"text": "No me gustó.", "label": 0, "stars": 1}\n'
                    '{"text": "Regular, ni fu ni fa.", "label": "neu"}\n')
write("broken.jsonl", '{"text": "uno"}\n{"text": "dos"}\n{"text": "tres"\n{"text": "cuatro"}\n')

# --- HTML --------------------------------------------------------------------
write("page.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Canción &amp; poesía</title>
<style>body { color: red; }</style>
<script>var x = "<p>no</p>";</script></head>
<body>
<h1>El   niño</h1>
<p>Había una vez un <b>dragón</b> &aacute;gil &amp;
   feliz.</p>
<noscript>Activa JavaScript</noscript>
<ul><li>Uno</li><li>Espa&#241;a</li></ul>
<div>Fin<br>del cuento</div>
</body></html>
""")

# --- fortunes ----------------------------------------------------------------
# The .dat files stand in for strfile's index: the loader only checks they exist.
write("fortunes/citas.fortunes", "La amistad es una igualdad armónica.\n"
                                 "\t\t-- Pitágoras.\n"
                                 "%\n"
                                 "Donde hay concordia siempre hay victoria.   \n"
                                 "\t\t-- Publio Siro. \n"
                                 "%\n"
                                 "%\n")
write("fortunes/citas.fortunes.dat", b"\x00\x00\x00\x02index")
symlink("citas.fortunes", "fortunes/citas.fortunes.u8")
write("fortunes/refranes", "A quien madruga, Dios le ayuda.\n"
                           "%\n"
                           "No por mucho madrugar\n"
                           "amanece más temprano.\n")
write("fortunes/refranes.dat", b"\x00\x00\x00\x02index")
write("fortunes/off/groseras.fortunes", "Esto nunca se lee.\n%\nEsto tampoco.\n")
write("fortunes/off/groseras.fortunes.dat", b"\x00\x00\x00\x02index")

# --- a folder of text files --------------------------------------------------
write("folder/b.txt", "Segundo archivo.\n")
write("folder/a.txt", "Primer archivo, con acentos: árbol.\n")
write("folder/sub/c.md", "# Tercero\n\nEn una subcarpeta.\n")
write("folder/.hidden.txt", "Oculto: nunca se lee.\n")
write("folder/.cache/x.txt", "Carpeta oculta: nunca se lee.\n")
write("folder/image.png", tiny_png())
write("folder/latin1.txt", "Canción en Latin-1.\n".encode("latin-1"))
