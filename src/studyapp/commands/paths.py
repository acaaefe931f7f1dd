"""print where data, packs and settings live."""

from __future__ import annotations


def add_arguments(parser) -> None:
    pass


def run(args, context) -> int:
    paths = context.paths
    print(f"data folder:   {paths.data_dir}")
    print(f"database:      {paths.database}")
    print(f"backups:       {paths.backups}")
    print(f"your packs:    {paths.user_packs}")
    print(f"settings:      {paths.settings_file}")
    for folder in context.pack_folders:
        print(f"pack folder:   {folder}")
    return 0
