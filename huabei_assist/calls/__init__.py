"""Collection contacts: the rules a contact breaks (rules), the evidence log (store), the dossier (dossier).

Pure domain code: no Typer, no Rich, no printing. The CLI is cli/calls_cmd.py.
"""
