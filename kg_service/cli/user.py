"""`kg user add NAME --role editor|approver|admin [--password-stdin | --password-prompt]`,
`kg user password NAME [--password-stdin]` and `kg user revoke NAME`.

The users file lives beside the store in KG_DATA_DIR; the service re-reads it when it changes,
so a user added while the service runs can call it at once. ``add`` prints the new API token as
the last line of its output: it is shown once and stored only as an Argon2 hash. A password (for
signing in to the web workspace) is read from standard input or asked at a prompt, never from the
command line, where other users of the machine and the shell history would see it.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from kg_service.cli.common import EXIT_BAD_INPUT, EXIT_OK

USES_A_STORE = False
"""Users live in a file beside the store, not in a store: --store/--endpoint would mean nothing."""


def read_password(args: argparse.Namespace) -> str | None:
    """The password from standard input (its first line) or a prompt asked twice; None if neither."""
    from kg_service.editing.users import MAX_PASSWORD, UserError

    if getattr(args, "password_stdin", False):
        return sys.stdin.readline(MAX_PASSWORD + 2).rstrip("\r\n")
    if getattr(args, "password_prompt", False):
        first = getpass.getpass("password: ")
        if getpass.getpass("password again: ") != first:
            raise UserError("the two passwords differ")
        return first
    return None


def command_user(args: argparse.Namespace) -> int:
    """Add a user, set a user's password or revoke a user."""
    from kg_service.config import ConfigError, Settings
    from kg_service.editing.users import UserBook, UserError

    try:
        book = UserBook(Settings.from_env().data_dir)
        if args.action == "add":
            password = read_password(args)
            token = book.add(args.name, args.role, password)
            if password is not None:
                print(f"user {args.name} may sign in to the web workspace with the password given")
            print(f"user {args.name} ({args.role}) added; API token, shown once")
            print("(send it as 'Authorization: Bearer TOKEN'):")
            print(token)
        elif args.action == "password":
            password = read_password(args)
            if password is None:
                raise UserError("give the password with --password-stdin or --password-prompt")
            book.set_password(args.name, password)
            print(f"user {args.name}: password set")
        else:
            book.revoke(args.name)
            print(f"user {args.name} revoked")
    except (UserError, ConfigError) as error:
        print(str(error), file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


def _password_options(parser: argparse.ArgumentParser) -> None:
    given = parser.add_mutually_exclusive_group()
    given.add_argument(
        "--password-stdin", action="store_true", help="read the web password from the first line of stdin"
    )
    given.add_argument("--password-prompt", action="store_true", help="ask for the web password (twice)")


def register(sub: argparse._SubParsersAction) -> None:
    """Add `kg user` to the `kg` parser."""
    user = sub.add_parser("user", help="add or revoke a user who may propose or approve changes")
    actions = user.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="create a user and print a new API token")
    add.add_argument("name", help="a-z, 0-9, _ and -, starting with a letter")
    add.add_argument("--role", required=True, choices=["editor", "approver", "admin"])
    _password_options(add)
    password = actions.add_parser("password", help="set a user's password for the web workspace")
    password.add_argument("name")
    _password_options(password)
    revoke = actions.add_parser("revoke", help="revoke a user's token and password")
    revoke.add_argument("name")
    user.set_defaults(handler=command_user)
