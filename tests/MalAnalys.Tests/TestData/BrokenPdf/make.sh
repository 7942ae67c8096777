#!/usr/bin/env bash
# Makes the broken PDFs that need a PDF tool; every other broken PDF is generated at test time in C#
# (tests/MalAnalys.Tests/Reliability/BrokenPdfs.cs), so CI needs no tool. The outputs are checked in.
#
# Debian package needed: qpdf (apt-get install -y qpdf). Run from anywhere: bash tests/MalAnalys.Tests/TestData/BrokenPdf/make.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seed="$here/../../../../seeds/ystad-overgripande-mal-2023.pdf"

# --static-id keeps the output the same on every run (a test-only option of qpdf: fine for test files).
# Encrypted with a user password: cannot be opened without it.
qpdf --static-id --encrypt secret-user secret-owner 256 -- "$seed" "$here/encrypted-user-password.pdf"
# Encrypted with an owner password only (copying and printing restricted): anyone may open and read it.
qpdf --static-id --encrypt "" secret-owner 256 --extract=n --print=none -- "$seed" "$here/encrypted-owner-only.pdf"
# RC4 (40-bit), as old office suites wrote it.
qpdf --static-id --allow-weak-crypto --encrypt secret-user secret-owner 40 -- "$seed" "$here/encrypted-rc4-40.pdf"
ls -l "$here"/*.pdf
