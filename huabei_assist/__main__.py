from huabei_assist.cli import run

run()
