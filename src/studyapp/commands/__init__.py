"""One module per ``studyapp`` subcommand, found by ``studyapp.cli.command_names``."""
