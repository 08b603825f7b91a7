"""What administrators do: passphrase, audit log, labelled-data checks, training, comparison, model registry."""
