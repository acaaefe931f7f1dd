"""One module per ``studyapp`` subcommand (see ``studyapp.cli.COMMANDS``)."""
