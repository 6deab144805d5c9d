//! What a plan file is besides its bytes, carried over to the file that
//! replaces it: owner and group (an edit by root, or in a setgid folder,
//! would otherwise change them), mode, and extended attributes — user
//! attributes and POSIX ACLs (`system.posix_acl_access`) among them.
//! What the filesystem or the user's rights cannot keep is said in a
//! warning; the edit goes on.

use std::fs::{self, File};
use std::path::Path;

use crate::error::Notice;

/// Give `to`, the new file, the owner, group, mode and extended attributes
/// of `from` (with `metadata`). Fails only when the mode cannot be set.
pub fn copy(
    metadata: &fs::Metadata,
    from: &Path,
    to: &File,
    notify: &mut dyn FnMut(&Notice),
) -> std::io::Result<()> {
    #[cfg(unix)]
    owner(metadata, to, notify);
    // After the owner: a change of owner clears the set-id bits.
    to.set_permissions(metadata.permissions())?;
    #[cfg(unix)]
    attributes(from, to, notify);
    #[cfg(not(unix))]
    let _ = (from, notify);
    Ok(())
}

/// Give `to` the owner and group of `metadata`; when the user may not give
/// the file away, at least the group (a member may).
#[cfg(unix)]
fn owner(metadata: &fs::Metadata, to: &File, notify: &mut dyn FnMut(&Notice)) {
    use std::os::unix::fs::{MetadataExt, fchown};
    let (uid, gid) = (metadata.uid(), metadata.gid());
    let Ok(now) = to.metadata() else { return };
    if (now.uid(), now.gid()) == (uid, gid) {
        return;
    }
    let Err(source) = fchown(to, Some(uid), Some(gid)) else {
        return;
    };
    let _ = fchown(to, None, Some(gid));
    let Ok(now) = to.metadata() else { return };
    if (now.uid(), now.gid()) != (uid, gid) {
        notify(&Notice::OwnerNotKept {
            uid,
            gid,
            now_uid: now.uid(),
            now_gid: now.gid(),
            source,
        });
    }
}

/// Copy every extended attribute of `from` to `to`, and drop those `to`
/// got from its folder (a default ACL) that `from` did not have.
#[cfg(unix)]
fn attributes(from: &Path, to: &File, notify: &mut dyn FnMut(&Notice)) {
    use xattr::FileExt;
    if !xattr::SUPPORTED_PLATFORM {
        return;
    }
    let names: Vec<_> = match xattr::list(from) {
        Ok(names) => names.collect(),
        // A filesystem without extended attributes has none to keep.
        Err(_) => return,
    };
    if let Ok(inherited) = to.list_xattr() {
        for name in inherited.filter(|n| !names.contains(n)) {
            let _ = to.remove_xattr(&name);
        }
    }
    for name in names {
        let copied = xattr::get(from, &name).and_then(|value| match value {
            Some(value) => to.set_xattr(&name, &value),
            None => Ok(()),
        });
        if let Err(source) = copied {
            notify(&Notice::AttributeNotKept {
                name: crate::text::visible(&name.to_string_lossy()).into_owned(),
                source,
            });
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn user_attributes_are_copied_and_inherited_ones_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let from = dir.path().join("a");
        let to = dir.path().join("b");
        fs::write(&from, "a").unwrap();
        fs::write(&to, "b").unwrap();
        if xattr::set(&from, "user.kept", b"1").is_err() {
            return; // no user attributes on this filesystem
        }
        xattr::set(&to, "user.stray", b"2").unwrap();
        let metadata = fs::metadata(&from).unwrap();
        let file = File::options().write(true).open(&to).unwrap();
        let mut notices = Vec::new();
        copy(&metadata, &from, &file, &mut |n| {
            notices.push(n.to_string())
        })
        .unwrap();
        assert_eq!(notices, Vec::<String>::new());
        assert_eq!(xattr::get(&to, "user.kept").unwrap(), Some(b"1".to_vec()));
        assert_eq!(xattr::get(&to, "user.stray").unwrap(), None);
    }
}
