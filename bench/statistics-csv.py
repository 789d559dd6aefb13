#!/usr/bin/env python3
"""Writes a synthetic file for the resource exchange.statistics to standard output.

Every row is valid: the unit is one of Beijing's 7,901 units as shipped in
src/main/resources/divisions (city, districts, streets and towns, communities and
villages, codes padded to 12 digits), the year runs from 1949 upwards, one year for all
units before the next, so that the (unit, year) keys never repeat. The values are
derived from the row number only, so the same arguments always give the same file.

    bench/statistics-csv.py [ROWS] > statistics.csv      # ROWS defaults to 1,000,000
"""
import csv
import sys
from pathlib import Path

DIVISIONS = Path(__file__).resolve().parent.parent / "src/main/resources/divisions"
PROVINCE = "11"


def units():
    codes = [PROVINCE.ljust(12, "0")]
    for name in ("areas.csv", "streets.csv", "villages-11.csv"):
        with open(DIVISIONS / name, encoding="utf-8", newline="") as file:
            for row in csv.DictReader(file):
                if row["provinceCode"] == PROVINCE:
                    codes.append(row["code"].ljust(12, "0"))
    return codes


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    codes = units()
    if rows > len(codes) * (2100 - 1949 + 1):
        sys.exit(f"at most {len(codes) * 152} distinct (unit, year) keys")
    out = sys.stdout
    out.write("单位代码,年度,常住人口,户籍人口,流动人口,户数,面积（平方千米）,地区生产总值（万元）\n")
    for i in range(rows):
        code = codes[i % len(codes)]
        year = 1949 + i // len(codes)
        resident = 2000 + (i * 7919) % 60000
        registered = resident * 3 // 4 + (i * 131) % 500
        floating = resident - registered
        households = resident * 10 // 27
        area = f"{(i * 104729) % 2000000 / 10000 + 0.05:.4f}"
        gdp = f"{((i * 15485863) % 900000000 + 1000000) / 100:.2f}"
        out.write(f"{code},{year},{resident},{registered},{floating},{households},{area},{gdp}\n")


if __name__ == "__main__":
    main()
