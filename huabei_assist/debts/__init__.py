"""The user's list of debts (issue 13): what is stored, how it is read from and written to files.

`record` (one debt as given), `store` (the SQLite list), `exchange` (CSV and JSON files). The payoff
engine (huabei_assist.payoff) computes on `Record.debt()`."""
