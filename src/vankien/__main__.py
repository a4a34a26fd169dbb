"""``python -m vankien`` runs the command line."""

from vankien.cli.app import main

main()
