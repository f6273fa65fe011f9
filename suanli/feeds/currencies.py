"""Currency codes a price may be quoted in, and the spellings feeds use for them.

A price in a code outside this list (and outside every currency the FX feeds know) is rejected as
an unknown currency rather than stored unconvertible forever.
"""

from __future__ import annotations

# ISO 4217 active codes (2024), plus precious metals and SDR.
ISO_4217 = frozenset(
    """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN
    BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP
    ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK
    JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK
    MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN
    PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB
    TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG
    XAU XCD XCG XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG ZWL
    """.split()
)
# Retired codes still found in historical series (the ECB history quotes all of these).
HISTORIC = frozenset("CYP DEM EEK FRF HRK ITL LTL LVL MTL ROL SIT SKK TRL VEF".split())
KNOWN_CODES = ISO_4217 | HISTORIC

# Upper-cased spellings → code. "¥" is left out on purpose: it means CNY or JPY by context.
ALIASES = {
    "RMB": "CNY",
    "人民币": "CNY",
    "人民币元": "CNY",
    "人民幣": "CNY",
    "元": "CNY",
    "$": "USD",
    "US$": "USD",
    "USD$": "USD",
    "美元": "USD",
    "美金": "USD",
    "€": "EUR",
    "欧元": "EUR",
    "歐元": "EUR",
    "£": "GBP",
    "英镑": "GBP",
    "日元": "JPY",
    "円": "JPY",
    "港元": "HKD",
    "港币": "HKD",
    "港幣": "HKD",
    "HK$": "HKD",
    "新台币": "TWD",
    "新臺幣": "TWD",
    "NT$": "TWD",
    "韩元": "KRW",
    "₩": "KRW",
    "₹": "INR",
}


def currency_lookup(extra_codes: frozenset[str] | set[str] = frozenset()) -> dict[str, str]:
    """Every accepted spelling (upper case) → its code; `extra_codes` are codes FX feeds quote."""
    lookup = {code: code for code in KNOWN_CODES | set(extra_codes)}
    lookup.update(ALIASES)
    return lookup
