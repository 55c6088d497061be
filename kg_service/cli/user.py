"""`kg user add NAME --role editor|approver|admin` and `kg user revoke NAME`.

The users file lives beside the store in KG_DATA_DIR; the service re-reads it when it changes,
so a user added while the service runs can call it at once. ``add`` prints the new API token as
the last line of its output: it is shown once and stored only as an Argon2 hash.
"""

from __future__ import annotations

import argparse
import sys

from kg_service.cli.common import EXIT_BAD_INPUT, EXIT_OK

USES_A_STORE = False
"""Users live in a file beside the store, not in a store: --store/--endpoint would mean nothing."""


def command_user(args: argparse.Namespace) -> int:
    """Add or revoke a user."""
    from kg_service.config import ConfigError, Settings
    from kg_service.editing.users import UserBook, UserError

    try:
        book = UserBook(Settings.from_env().data_dir)
        if args.action == "add":
            token = book.add(args.name, args.role)
            print(f"user {args.name} ({args.role}) added; API token, shown once")
            print("(send it as 'Authorization: Bearer TOKEN'):")
            print(token)
        else:
            book.revoke(args.name)
            print(f"user {args.name} revoked")
    except (UserError, ConfigError) as error:
        print(str(error), file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add `kg user` to the `kg` parser."""
    user = sub.add_parser("user", help="add or revoke a user who may propose or approve changes")
    actions = user.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="create a user and print a new API token")
    add.add_argument("name", help="a-z, 0-9, _ and -, starting with a letter")
    add.add_argument("--role", required=True, choices=["editor", "approver", "admin"])
    revoke = actions.add_parser("revoke", help="revoke a user's token")
    revoke.add_argument("name")
    user.set_defaults(handler=command_user)
