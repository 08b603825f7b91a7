"""cxrviewer-cli commands for administrators: ``train`` (a TensorFlow child process) and ``set-passphrase``."""

from __future__ import annotations

import argparse
import json
import logging
import shlex
import sys
import threading
from pathlib import Path

from cxrviewer.cli_support import (
    EXIT_CANNOT_WRITE,
    EXIT_MODEL_REFUSED,
    EXIT_NOTHING_TO_DO,
    EXIT_OK,
    EXIT_SOME_FAILED,
    CommandFailed,
    finite_or_none,
    json_line,
    where_details_are,
)
from cxrviewer.i18n import _

log = logging.getLogger(__name__)


def cmd_train(args: argparse.Namespace) -> int:
    from cxrviewer.core.admin.training import TrainConfig, train
    from cxrviewer.core.errors import CxrError, ModelIntegrity, ModelMissing
    from cxrviewer.core.types import CancelToken

    stop = CancelToken()
    if args.jsonl:
        def emit(event: dict) -> None:
            sys.stdout.write(json_line(finite_or_none(event)) + "\n")
            sys.stdout.flush()

        def watch_stdin() -> None:
            for line in sys.stdin:
                if line.strip().lower() == "stop":
                    stop.cancel()
                    return

        threading.Thread(target=watch_stdin, name="stdin-watch", daemon=True).start()
    else:
        def emit(event: dict) -> None:
            kind = event.get("event")
            if kind == "epoch":  # the figures keep their decimal point, as in the JSON and the model card
                print(_("epoch {epoch}/{epochs}  loss {loss}  validation AUC {auc}  per-source mean {source_mean}").format(
                    epoch=event["epoch"], epochs=event["epochs"], loss=f"{event['loss']:.4f}", auc=f"{event['val_auc']:.3f}",
                    source_mean=f"{event['val_source_mean_auc']:.3f}"), flush=True)
            elif kind == "done":
                print(json.dumps(finite_or_none({k: event[k] for k in ("model_dir", "threshold", "validation", "test")}),
                                 indent=2, allow_nan=False))
            elif kind in ("data", "preprocess"):
                print({k: v for k, v in event.items() if k != "summary"}, flush=True)

    config = TrainConfig(
        data=Path(args.data),
        out=Path(args.out),
        epochs=args.epochs,
        size=args.size,
        seed=args.seed,
        init_from=Path(args.init_from) if args.init_from else None,
        exclude_sources=tuple(args.exclude_source or ()),
        augment=tuple(a for a in args.augment.split(",") if a),
        val_fraction=args.val_fraction,
        test_fraction=args.test_fraction,
        width=args.width,
        clahe=args.clahe,
        lung_crop=args.lung_crop or bool(args.lung_mask),
        lung_mask=args.lung_mask,
        objective=args.objective,
        mixstyle=args.mixstyle,
        pooling=args.pooling,
        synthetic_lesions=args.synthetic_lesions,
        blank_outside_thorax=args.blank_outside_thorax,
        signs_data=Path(args.signs) if args.signs else None,
        signs_epochs=args.signs_epochs,
        patience=args.patience,
        keep_epoch=args.keep_epoch,
        lesion_boxes=tuple(Path(p) for p in args.lesion_boxes or ()),
        cache_dir=_cache_dir(),
        command="cxrviewer-cli " + " ".join(shlex.quote(a) for a in sys.argv[1:]),
    )
    if args.version_label:
        config.version = args.version_label
    try:
        train(config, emit, stop)
    except Exception as exc:  # noqa: BLE001 - the parent process must always get a plain sentence
        from cxrviewer import logsetup

        if isinstance(exc, CxrError):
            message, english, detail = exc.user_message, exc.english_message, exc.detail
            log.error("training failed: %s (%s)", english, detail)
        else:
            log.exception("training failed")
            message = _("Training failed unexpectedly; {where}.").format(where=where_details_are())
            english, detail = f"Training failed unexpectedly; {logsetup.where_details_are()}.", repr(exc)
        # "message" in the chosen language, to show; "english" for the parent's log and audit entry
        emit({"event": "error", "message": message, "english": english, "detail": detail})
        if not args.jsonl:
            print(_("error: {message}").format(message=message), file=sys.stderr)
        return EXIT_MODEL_REFUSED if isinstance(exc, ModelIntegrity | ModelMissing) else EXIT_NOTHING_TO_DO
    return EXIT_OK


def _read_new_passphrase(file: str | None) -> str:
    """The new passphrase from the first line of ``file`` or of stdin (asked twice, hidden, on a terminal);
    never from the command line, where other users could read it in the process list."""
    import getpass

    if file:
        try:
            with open(file, encoding="utf-8") as handle:
                return handle.readline().rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandFailed(EXIT_NOTHING_TO_DO, _("The passphrase file {file} cannot be read ({error}). Nothing was "
                                                      "changed.").format(file=file, error=exc)) from exc
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(_("New administrator passphrase: "))
        if first != getpass.getpass(_("Type it again: ")):
            raise CommandFailed(EXIT_NOTHING_TO_DO, _("The two passphrases are not the same. Nothing was changed."))
        return first
    return (sys.stdin.readline() if sys.stdin is not None else "").rstrip("\r\n")


def cmd_set_passphrase(args: argparse.Namespace) -> int:
    """Set the administrator passphrase (install.sh runs this). Exit 0 when it was set; with --check, 0 when
    one is set and 1 when none is; 2 when refused (too short, already set without --replace); 4 when the
    file cannot be written."""
    from cxrviewer.core.admin import audit, auth

    system_dir = Path(args.system_dir) if args.system_dir else None
    target = system_dir / auth.AUTH_NAME if system_dir else auth.user_auth_path()
    if args.check:
        print((_("an administrator passphrase is set ({path})") if target.is_file()
               else _("no administrator passphrase is set ({path})")).format(path=target))
        return EXIT_OK if target.is_file() else EXIT_SOME_FAILED
    if system_dir is None and auth.system_auth_path().is_file():
        raise CommandFailed(EXIT_NOTHING_TO_DO, _(
            "The administrator passphrase of this computer is set for every user ({path}); a passphrase of your own "
            "would not count. Nothing was changed. IT changes it with: {command}").format(
            path=auth.system_auth_path(), command=f"sudo cxrviewer-cli set-passphrase --system-dir {auth.SYSTEM_CONFIG_DIR} --replace"))
    if target.exists() and not args.replace:
        raise CommandFailed(EXIT_NOTHING_TO_DO, _("An administrator passphrase is already set ({path}). Nothing was "
                                                  "changed; to change it, run the command again with --replace.").format(path=target))
    passphrase = _read_new_passphrase(args.file)
    problem = auth.check_new_passphrase(passphrase)
    if problem:
        raise CommandFailed(EXIT_NOTHING_TO_DO, _("{problem} Nothing was changed.").format(problem=problem))
    try:
        path = auth.set_passphrase(passphrase, system_dir, replace=args.replace, system_wide=system_dir is not None)
    except OSError as exc:
        log.error("passphrase not written to %s: %r", target, exc)
        unwritten = (_("The passphrase could not be written to {path} ({error}). Run it as root (sudo) to set it for every "
                       "user. Nothing was changed.") if system_dir
                     else _("The passphrase could not be written to {path} ({error}). Nothing was changed."))
        raise CommandFailed(EXIT_CANNOT_WRITE, unwritten.format(path=target, error=exc.strerror or exc)) from exc
    if system_dir is None:  # a system-wide one is set by root at installation: root's own audit log is no one's
        try:
            audit.append_entry(audit.PASSPHRASE_SET, note=f"{'changed' if args.replace else 'set'} with cxrviewer-cli")
        except OSError:
            log.exception("the new passphrase could not be written to the audit log")
    done = {  # (replaced, for every user): whole sentences, for the translator
        (False, False): _("administrator passphrase set for this user ({path})"),
        (True, False): _("administrator passphrase changed for this user ({path})"),
        (False, True): _("administrator passphrase set for every user of this computer ({path})"),
        (True, True): _("administrator passphrase changed for every user of this computer ({path})"),
    }
    print(done[bool(args.replace), system_dir is not None].format(path=path))
    return EXIT_OK


def _cache_dir() -> Path:
    from cxrviewer.paths import user_cache_dir

    return user_cache_dir() / "training"
