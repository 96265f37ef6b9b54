"""huabei: an offline, bilingual assistant for an overdue Alipay Huabei (花呗) account."""

__version__ = "0.1.0"
