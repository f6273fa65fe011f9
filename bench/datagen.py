"""Seeded synthetic inputs: large price feeds, daily feed files, and articles like the seed.

Everything is a pure function of (size, seed), so two runs measure the same bytes. Large files
are cached under the work directory by size and seed.
"""

from __future__ import annotations

import csv
import random
import re
from datetime import date, timedelta
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from bench.proc import PROJECT_ROOT

SEED = 20230501
FEED_START = date(2023, 1, 1)
FEED_DAYS = 3 * 365
SEED_ARTICLE = next((PROJECT_ROOT / "seeds" / "articles").glob("*.txt"))

# Model names as channel feeds spell them: canonical, vendor-prefixed, traditional, with memory
# suffixes, and a few the entity reference does not know (kept with model NULL by suanli).
# (name, purchase price in USD)
MODELS = [
    ("NVIDIA H100", 30000), ("H100 80GB SXM5", 32000), ("H100 PCIe", 27000),
    ("英伟达H100", 30500), ("英偉達H100", 30200), ("NVIDIA A100", 12000), ("A100 80GB", 15000),
    ("A100 40GB PCIe", 9000), ("A800", 13000), ("H800", 36000), ("H20", 14000), ("L40S", 9500),
    ("L20", 6000), ("RTX 4090", 1900), ("NVIDIA H200", 38000), ("B200", 45000),
    ("MI300X", 17000), ("Gaudi2", 10000), ("BR100", 11000), ("思元370", 3500),
    ("昇腾910B", 16000), ("GPU-X 9000 (grey import)", 20000), ("ZX Accel One", 2500),
    ("mystery card v2", 800),
]  # fmt: skip
REGIONS = ["CN", "US", "EU", "SG", "JP", "HK"]
CURRENCIES = [("CNY", 7.2), ("USD", 1.0), ("EUR", 0.92)]
CURRENCY_WEIGHTS = [0.6, 0.35, 0.05]
NOTES = ["", "现货", "期货, 4周交期", "含税含运", "整机拆卡", "batch of 8, boxed", "二手"]
NOTE_WEIGHTS = [0.82, 0.05, 0.04, 0.03, 0.02, 0.02, 0.02]
VENDORS = 500
RENTAL_DIVISOR = 15000.0  # purchase price / this ≈ an hourly rental price
# Shares of defective rows: each is rejected by suanli's validation and counted.
BAD_PRICE_TEXT = 0.0004
BAD_PRICE_NEGATIVE = 0.0007
BAD_MODEL_EMPTY = 0.001
CURRENCY_SIGN_SHARE = 0.01

FEED_COLUMNS = [
    "model", "price", "currency", "observed_on", "price_kind", "region", "vendor", "source",
    "note",
]  # fmt: skip
FX_QUOTES = [
    "USD", "JPY", "BGN", "CZK", "DKK", "GBP", "HUF", "PLN", "RON", "SEK", "CHF", "ISK", "NOK",
    "TRY", "AUD", "BRL", "CAD", "CNY", "HKD", "IDR", "ILS", "INR", "KRW", "MXN", "MYR", "NZD",
    "PHP", "SGD", "THB", "ZAR",
]  # fmt: skip


def price_feed_path(directory: Path, rows: int, seed: int = SEED) -> Path:
    return directory / f"prices_{rows}_s{seed}.csv"


def write_price_feed(directory: Path, rows: int, seed: int = SEED) -> Path:
    """A channel-price CSV of `rows` quotes (cached): Chinese notes, quoted commas, a few
    currency signs and about 0.1% defective rows."""
    path = price_feed_path(directory, rows, seed)
    if path.exists():
        return path
    directory.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    model = rng.integers(0, len(MODELS), rows)
    day = rng.integers(0, FEED_DAYS, rows)
    rental = rng.random(rows) < 0.2
    currency = rng.choice(len(CURRENCIES), rows, p=CURRENCY_WEIGHTS)
    base = np.array([usd for _, usd in MODELS], dtype=float)[model]
    # A slow drift over the three years plus per-quote noise, in the quote's currency.
    drift = 1 + 0.25 * np.sin(day / FEED_DAYS * 2 * np.pi)
    fx = np.array([rate for _, rate in CURRENCIES])[currency]
    price = base * drift * rng.normal(1, 0.08, rows) * fx
    price = np.where(rental, price / RENTAL_DIVISOR, price)
    frame = pd.DataFrame(
        {
            "n": np.arange(1, rows + 1),
            "model": model,
            "price": price.round(2),
            "currency": currency,
            "day": day,
            "rental": rental,
            "region": rng.integers(0, len(REGIONS), rows),
            "vendor": rng.integers(0, VENDORS, rows),
            "note": rng.choice(len(NOTES), rows, p=NOTE_WEIGHTS),
            "defect": rng.random(rows),
            "sign": rng.random(rows) < CURRENCY_SIGN_SHARE,
        }
    )
    partial = path.with_suffix(".partial")
    con = duckdb.connect()
    try:
        con.execute("SET enable_progress_bar = false")
        con.register("frame", frame)
        con.execute(
            f"""
            COPY (
                SELECT
                    CASE WHEN defect < $empty_model AND defect >= $negative THEN ''
                         ELSE list_extract($models, model + 1) END AS model,
                    CASE WHEN defect < $bad_text THEN 'N/A'
                         WHEN defect < $negative THEN '-' || printf('%.2f', price)
                         WHEN sign THEN '¥' || printf('%.2f', price)
                         ELSE printf('%.2f', price) END AS price,
                    list_extract($currencies, currency + 1) AS currency,
                    strftime(DATE '{FEED_START}' + CAST(day AS INTEGER), '%Y-%m-%d')
                        AS observed_on,
                    CASE WHEN rental THEN 'rental_hour' ELSE 'purchase' END AS price_kind,
                    list_extract($regions, region + 1) AS region,
                    'vendor_' || vendor AS vendor,
                    'https://quotes.example.com/q/' || n AS source,
                    list_extract($notes, note + 1) AS note
                FROM frame ORDER BY n
            ) TO '{partial}' (FORMAT csv, HEADER)
            """,
            {
                "models": [name for name, _ in MODELS],
                "currencies": [code for code, _ in CURRENCIES],
                "regions": REGIONS,
                "notes": NOTES,
                "bad_text": BAD_PRICE_TEXT,
                "negative": BAD_PRICE_NEGATIVE,
                "empty_model": BAD_MODEL_EMPTY,
            },
        )
    finally:
        con.close()
    partial.replace(path)
    return path


def price_feed_config(url: str, name: str = "bench_prices") -> dict:
    """The YAML-equivalent entry a user would write for this feed. The quote url is unique per
    row and part of the key, so de-duplication runs but keeps every row."""
    return {
        "name": name,
        "url": url,
        "format": "csv",
        "fields": {
            "model": "model",
            "price": "price",
            "currency": "currency",
            "observed_at": "observed_on",
            "price_kind": "price_kind",
            "region": "region",
            "vendor": "vendor",
            "source": "source",
            "note": "note",
        },
        "price_kind": "purchase",
        "key": ["model_raw", "observed_at", "price_kind", "region", "vendor", "source"],
    }


def fx_feed_config(url: str, name: str = "bench_fx") -> dict:
    return {
        "name": name,
        "url": url,
        "format": "csv",
        "layout": "wide",
        "base": "EUR",
        "date_field": "Date",
        "missing": ["N/A"],
    }


# --- daily delta files for the incremental benchmark ---------------------------------------


def _fx_walk(days: int, seed: int) -> np.ndarray:
    """EUR-based rates for every quote currency, a seeded random walk over `days` days."""
    rng = np.random.default_rng(seed)
    start = np.exp(rng.uniform(-1, 8, len(FX_QUOTES)))
    start[FX_QUOTES.index("USD")], start[FX_QUOTES.index("CNY")] = 1.08, 7.8
    steps = rng.normal(0, 0.004, (days, len(FX_QUOTES)))
    return start * np.exp(np.cumsum(steps, axis=0))


def write_daily_feeds(
    directory: Path, first: date, days: int, rows_per_day: int, seed: int = SEED
) -> list[tuple[date, Path, Path]]:
    """Per day: an ECB-shaped one-row FX file and a price file of that day's quotes (cached).

    The files for a given date do not depend on how many days are generated, so a 30-day and a
    3-year history end with identical new days.
    """
    directory.mkdir(parents=True, exist_ok=True)
    walk = _fx_walk((first - FEED_START).days + days + 1, seed)
    out = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        fx_path = directory / f"fx_{day:%Y%m%d}.csv"
        price_path = directory / f"prices_{day:%Y%m%d}_{rows_per_day}.csv"
        if not fx_path.exists():
            rates = walk[(day - FEED_START).days]
            with fx_path.open("w", newline="") as stream:
                writer = csv.writer(stream, lineterminator="\n")
                writer.writerow(["Date", *FX_QUOTES])
                writer.writerow([day.isoformat(), *(f"{r:.6g}" for r in rates)])
        if not price_path.exists():
            _write_day_prices(price_path, day, rows_per_day, seed)
        out.append((day, fx_path, price_path))
    return out


def _write_day_prices(path: Path, day: date, rows: int, seed: int) -> None:
    rng = np.random.default_rng([seed, day.toordinal()])
    day_no = (day - FEED_START).days
    drift = 1 + 0.25 * np.sin(day_no / FEED_DAYS * 2 * np.pi)
    partial = path.with_suffix(".partial")
    with partial.open("w", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(FEED_COLUMNS)
        for n in range(rows):
            name, usd = MODELS[int(rng.integers(0, len(MODELS)))]
            code, fx = CURRENCIES[int(rng.choice(len(CURRENCIES), p=CURRENCY_WEIGHTS))]
            rental = rng.random() < 0.2
            price = usd * drift * rng.normal(1, 0.08) * fx / (RENTAL_DIVISOR if rental else 1)
            writer.writerow(
                [
                    name,
                    f"{price:.2f}",
                    code,
                    day.isoformat(),
                    "rental_hour" if rental else "purchase",
                    REGIONS[int(rng.integers(0, len(REGIONS)))],
                    f"vendor_{int(rng.integers(0, VENDORS))}",
                    f"https://quotes.example.com/d/{day:%Y%m%d}/{n}",
                    NOTES[int(rng.choice(len(NOTES), p=NOTE_WEIGHTS))],
                ]
            )
    partial.replace(path)


# --- articles --------------------------------------------------------------------------------

# Names swapped consistently through one article: the seed's entity, then same-kind alternatives
# as articles spell them (traditional, like the seed; the extractor converts).
CHIP_SWAPS = {"H100": ["H100", "H800", "H200", "H20"], "A100": ["A100", "A800", "L40S", "L20"]}
DOMESTIC_SWAPS = [
    [("壁仞科技", "BR100"), ("摩爾線程", "MTT S4000"), ("沐曦", "曦雲C500")],
    [("天數智芯", "智鎧100"), ("燧原科技", "雲燧T20"), ("海光", "深算一號")],
    [("寒武紀", "思元270"), ("寒武紀", "思元370"), ("崑崙芯", "崑崙芯2代")],
]
ORG_SWAPS = {
    "IDC": ["IDC", "TrendForce", "賽迪顧問"],
    "中信證券": ["中信證券", "國泰君安", "華泰證券"],
}
# Extra paragraphs of the same genre; {…} fields are filled per article.
EXTRA_PARAGRAPHS = [
    "據渠道商透露,{chip}現貨價格已從{a}萬元上漲至{b}萬元,漲幅約{p}%,交貨周期延長至{w}周。",
    "在算力租賃市場,搭載8張{chip}的服務器每小時租金約{r}元,較年初上漲{p}%,部分雲廠商已暫停新增訂單。",
    "{vendor}發布的{dchip}芯片FP16算力為{t}TFLOPS,約為A100的{x}倍,但互聯帶寬和軟件生態仍有差距。",
    "據{org}統計,{year}年第{q}季度中國加速卡出貨量約{n}萬張,同比增長{p}%,其中國產芯片佔比約{s}%。",
    "据{org}预测,到{year2}年中国AI服务器市场规模将达到{m}亿美元,年复合增长率约{p}%。",
    "有業內人士表示,一台8卡{chip}服務器的整機價格已超過{z}萬元,較三個月前上漲近{p}%。",
]
_NUMBER = re.compile(r"(?<![A-Za-z0-9.\-])(\d+(?:\.\d+)?)(?![A-Za-z0-9])")
_YEAR = re.compile(r"(?<!\d)(20[12]\d)(?=年)")
_LIKE_A_YEAR = re.compile(r"(?:19[89]|20[0-3])\d")
_SENTENCE = re.compile(r"[^。！？]*[。！？]?")


def _scale_numbers(sentence: str, factor: float) -> str:
    def scaled(match: re.Match) -> str:
        text = match.group(1)
        if _LIKE_A_YEAR.fullmatch(text):
            return text
        value = float(text) * factor
        if "." in text:
            return f"{value:.{len(text.split('.')[1])}f}"
        return str(max(1, round(value)))

    return _NUMBER.sub(scaled, sentence)


def _vary_paragraph(paragraph: str, rng: random.Random) -> str:
    sentences = [s for s in _SENTENCE.findall(paragraph) if s]
    # Numbers in one sentence move together, so ranges such as 36-48 stay ordered.
    sentences = [_scale_numbers(s, rng.uniform(0.6, 1.6)) for s in sentences]
    if len(sentences) >= 3 and rng.random() < 0.5:
        head, tail = sentences[:1], sentences[1:]
        rng.shuffle(tail)
        sentences = head + tail
    return "".join(sentences)


def _sections(lines: list[str]) -> tuple[list[str], list[list[str]]]:
    """(intro lines, sections): a section is a short heading line and the paragraphs under it."""
    intro: list[str] = []
    sections: list[list[str]] = []
    for line in lines:
        is_heading = len(line) < 40 and "。" not in line and not line.startswith("文|")
        if is_heading:
            sections.append([line])
        elif sections:
            sections[-1].append(line)
        else:
            intro.append(line)
    return intro, sections


def generate_articles(count: int, seed: int = SEED) -> list[tuple[str, str]]:
    """`count` (article_id, raw_text) pairs of about the seed article's size.

    Each article reorders the seed's sections and sentences, rescales its numbers, shifts its
    years, swaps chips, domestic vendors and research houses consistently, and mixes in a few
    genre paragraphs, so no two articles (and no article and the seed) are the same text.
    """
    seed_text = SEED_ARTICLE.read_text(encoding="utf-8")
    lines = [line for line in seed_text.splitlines() if line.strip()]
    byline, body = lines[0], lines[1:]
    intro, sections = _sections(body)
    target = len(seed_text)
    articles = []
    for number in range(count):
        rng = random.Random(seed * 1_000_003 + number)
        year_shift = rng.choice([-1, 0, 0, 1, 2])
        swaps = {old: rng.choice(new) for old, new in CHIP_SWAPS.items()}
        swaps |= {old: rng.choice(new) for old, new in ORG_SWAPS.items()}
        for group in DOMESTIC_SWAPS:
            vendor, chip = rng.choice(group)
            swaps |= {group[0][0]: vendor, group[0][1]: chip}
        order = sections[:]
        rng.shuffle(order)
        paragraphs = [_vary_paragraph(p, rng) for p in intro]
        for section in order:
            paragraphs.append(section[0])
            paragraphs += [_vary_paragraph(p, rng) for p in section[1:]]
        chip = swaps["H100"]
        dvendor, dchip = rng.choice([pair for group in DOMESTIC_SWAPS for pair in group])
        for template in rng.sample(EXTRA_PARAGRAPHS, k=rng.randint(2, 4)):
            extra = template.format(
                chip=chip, vendor=dvendor, dchip=dchip, org=swaps["IDC"],
                a=rng.randint(5, 30), b=rng.randint(31, 60), p=rng.randint(5, 90),
                w=rng.randint(2, 20), r=rng.randint(60, 300), t=rng.randint(200, 1200),
                x=round(rng.uniform(0.5, 3.5), 1), year=2023, q=rng.randint(1, 4),
                n=rng.randint(10, 200), s=rng.randint(5, 40), year2=2026,
                m=rng.randint(50, 400), z=rng.randint(100, 400),
            )  # fmt: skip
            paragraphs.insert(rng.randint(1, len(paragraphs)), extra)
        # Drop paragraphs (never headings) until the article is about the seed's size again.
        while sum(map(len, paragraphs)) > target * rng.uniform(0.9, 1.05):
            droppable = [i for i, p in enumerate(paragraphs) if "。" in p]
            if len(droppable) < 4:
                break
            paragraphs.pop(rng.choice(droppable))
        text = "\n".join([byline, *paragraphs])
        text = _YEAR.sub(lambda m, shift=year_shift: str(int(m.group(1)) + shift), text)
        for old, new in swaps.items():
            text = text.replace(old, new)
        articles.append((f"bench_{number:04d}", text + "\n"))
    return articles
