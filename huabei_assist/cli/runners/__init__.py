"""What a command does once its options are read, free of Typer: `run(shared, **options)`.

The command's Typer function (cli/<name>_cmd.py) reads the options and calls `run`; cli/quick.py
calls the same `run` when it could read the line without Typer (see its docstring). The keywords
are the names of the command's parameters, so both callers pass the same values.
"""
