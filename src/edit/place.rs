//! Where an edit may write. A plan given by a symbolic link is edited
//! through the link, but only when the file it leads to lies inside the
//! repository the plan is in — the nearest folder above it holding `.git`
//! — or, outside git, inside the plan's own folder. A link that leads
//! elsewhere (a planted `plans/kh.toml -> /etc/…`) is refused unless the
//! user says `--follow-outside`.

use std::path::{Path, PathBuf};

use crate::error::Error;

/// The folder a plan at `path` may be written in: the work tree holding
/// it, else its own folder (both as they really are, links resolved), and
/// whether it is a work tree.
fn boundary(path: &Path) -> Option<(PathBuf, bool)> {
    let absolute = std::path::absolute(path).ok()?;
    let folder = absolute.parent()?;
    let repository = folder
        .ancestors()
        .find(|dir| dir.join(".git").symlink_metadata().is_ok());
    let inside = repository.unwrap_or(folder);
    Some((std::fs::canonicalize(inside).ok()?, repository.is_some()))
}

/// Refuse `target`, the file the plan at `path` resolves to, when it lies
/// outside the folder [`boundary`] gives.
pub fn check_inside(path: &Path, target: &Path) -> Result<(), Error> {
    let Some((boundary, repository)) = boundary(path) else {
        return Ok(());
    };
    if target.starts_with(&boundary) {
        return Ok(());
    }
    Err(Error::Outside {
        path: path.to_path_buf(),
        target: target.to_path_buf(),
        boundary,
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
