//! Where an edit may write. A plan given by a symbolic link is edited
//! through the link, but only when the file it leads to lies inside the
//! repository the plan is in — the nearest folder above it holding `.git`
//! — or, outside git, inside the plan's own folder. A link that leads
//! elsewhere (a planted `plans/kh.toml -> /etc/…`) is refused unless the
//! user says `--follow-outside`. A plan that is no link is edited wherever
//! it lies.

use std::path::Path;

use crate::error::Error;

/// The folder a plan in `folder` (as it really is, links resolved) may be
/// written in: the work tree holding it, else the folder itself, and
/// whether it is a work tree.
fn boundary(folder: &Path) -> (&Path, bool) {
    let repository = folder
        .ancestors()
        .find(|dir| dir.join(".git").symlink_metadata().is_ok());
    (repository.unwrap_or(folder), repository.is_some())
}

/// Refuse `target`, the file the plan at `path` resolves to, when `path`
/// is a link (its folder's real path and its name do not give `target`)
/// and `target` lies outside the folder [`boundary`] gives. A plain file
/// is never refused, wherever it is (`-f ../other/kh.toml`).
pub fn check_inside(path: &Path, target: &Path) -> Result<(), Error> {
    let Some(name) = path.file_name() else {
        return Ok(());
    };
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let Ok(folder) = std::fs::canonicalize(parent) else {
        return Ok(());
    };
    if folder.join(name) == target {
        return Ok(());
    }
    let (boundary, repository) = boundary(&folder);
    if target.starts_with(boundary) {
        return Ok(());
    }
    Err(Error::Outside {
        path: path.to_path_buf(),
        target: target.to_path_buf(),
        boundary: boundary.to_path_buf(),
        repository,
    })
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_link_is_followed_within_its_folder_and_refused_beyond() {
        let dir = tempfile::tempdir().unwrap();
        let root = std::fs::canonicalize(dir.path()).unwrap();
        std::fs::create_dir_all(root.join("plans/sub")).unwrap();
        std::fs::write(root.join("plans/sub/a.toml"), "").unwrap();
        std::fs::write(root.join("b.toml"), "").unwrap();
        let inside = root.join("plans/a.toml");
        std::os::unix::fs::symlink("sub/a.toml", &inside).unwrap();
        let outside = root.join("plans/b.toml");
        std::os::unix::fs::symlink("../b.toml", &outside).unwrap();
        let resolve = |p: &Path| std::fs::canonicalize(p).unwrap();
        assert!(check_inside(&inside, &resolve(&inside)).is_ok());
        assert!(matches!(
            check_inside(&outside, &resolve(&outside)),
            Err(Error::Outside {
                repository: false,
                ..
            })
        ));
        // In a work tree, the whole tree is inside.
        std::fs::create_dir(root.join(".git")).unwrap();
        assert!(check_inside(&outside, &resolve(&outside)).is_ok());
    }
}
