#!/usr/bin/env bash
# Renders one page of each exported workbook to docs/*.png, as LibreOffice prints it on a
# Vietnamese PC: demo data, a submission, the plan file and the consolidated report.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lak=".venv/bin/lak"
$lak --db "$work/commune.sqlite" demo >/dev/null
sub=$($lak --db "$work/commune.sqlite" submission export --unit NAMKA --year 2022 --month 10 --out "$work/usb")
$lak --db "$work/commune.sqlite" plan export --year 2022 --out "$work/plan.xlsx" >/dev/null
for unit in LIENSON BONGKRANG YANGTAO DAKLIENG DAKPHOI DAKNUE BUONTRIA BUONTRIET KRONGNO; do
  $lak --db "$work/commune.sqlite" submission export --unit $unit --year 2022 --month 10 --out "$work/usb" >/dev/null
done
$lak --db "$work/office.sqlite" submission import "$work/usb" >/dev/null
$lak --db "$work/office.sqlite" report --year 2022 --through 10 --out "$work/report.xlsx" >/dev/null
mkdir -p "$work/home"
for f in "$sub" "$work/plan.xlsx" "$work/report.xlsx"; do
  HOME="$work/home" LC_ALL=vi_VN.UTF-8 LANG=vi_VN.UTF-8 \
    soffice --headless --convert-to pdf --outdir "$work/pdf" "$f" >/dev/null 2>&1
done
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/pdf/$(basename "${sub%.xlsx}").pdf" docs/submission-page
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/pdf/plan.pdf" docs/plan-page
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/pdf/report.pdf" docs/report-page
ls -l docs/*.png
