//! `plan merge BASE OURS THEIRS [--path P]`: the merge driver git calls
//! (`merge.plan.driver = plan merge %O %A %B --path %P`). The result goes
//! into OURS; exit 0 when clean, 1 when a field was changed two ways and
//! is left between conflict markers. A side that is not a plan reading
//! without errors is merged line by line by `git merge-file` instead.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::MergeArgs;
use crate::context::Context;
use crate::error::Error;
use crate::merge::{self, Place};

/// A side's text, or None when it is not UTF-8 (git's line merge takes it).
fn read(path: &Path) -> Result<Option<String>, Error> {
    let bytes = crate::store::read_untrusted(path)?;
    Ok(String::from_utf8(bytes).ok())
}

pub fn run(cx: &mut Context, args: &MergeArgs) -> Result<ExitCode> {
    let shown: PathBuf = args.path.clone().unwrap_or_else(|| args.ours.clone());
    let name = shown.display().to_string();
    let texts = [read(&args.base)?, read(&args.ours)?, read(&args.theirs)?];
    let plans: Option<Vec<&str>> = texts
        .iter()
        .map(|text| {
            text.as_deref()
                .filter(|text| merge::mergeable(&shown, text.trim_start_matches('\u{feff}')))
        })
        .collect();
    let Some([base, ours, theirs]) = plans.as_deref() else {
        cx.say(format_args!(
            "{}",
            crate::t!("out-merge-fallback", path = name.as_str())
        ))?;
        return merge_file(args);
    };
    let merged = merge::merge(base, ours, theirs);
    std::fs::write(&args.ours, &merged.text).map_err(|source| Error::Write {
        path: args.ours.clone(),
        source,
    })?;
    for (id, new) in &merged.renumbered {
        cx.say(format_args!(
            "{}",
            crate::t!(
                "out-merge-renumbered",
                path = name.as_str(),
                id = id.as_str(),
                new = new.as_str()
            )
        ))?;
    }
    for place in &merged.conflicts {
        let line = match place {
            Place::Head(field) => crate::t!(
                "out-merge-conflict-head",
                path = name.as_str(),
                field = field.as_str()
            ),
            Place::Field { task, field } => crate::t!(
                "out-merge-conflict-field",
                path = name.as_str(),
                task = task.as_str(),
                field = field.as_str()
            ),
            Place::Deleted { task } => crate::t!(
                "out-merge-conflict-deleted",
                path = name.as_str(),
                task = task.as_str()
            ),
        };
        cx.say(format_args!("{line}"))?;
    }
    Ok(if merged.conflicts.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// git's own line merge, into OURS: exit 0 when clean, 1 with conflicts.
fn merge_file(args: &MergeArgs) -> Result<ExitCode> {
    let status = std::process::Command::new("git")
        .args(["merge-file", "-L", "ours", "-L", "base", "-L", "theirs"])
        .arg(&args.ours)
        .arg(&args.base)
        .arg(&args.theirs)
        .status()
        .map_err(|e| Error::MergeFile(crate::error::io_reason(&e)))?;
    match status.code() {
        Some(0) => Ok(ExitCode::SUCCESS),
        Some(1..=127) => Ok(ExitCode::FAILURE),
        _ => Err(Error::MergeFile(status.to_string()).into()),
    }
}
