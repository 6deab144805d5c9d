//! A list read from the cache a chunk of tasks at a time is the list read
//! whole, in every format, whatever the filter; a chunk the cache file no
//! longer holds as it was is read from the plan file.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::query::{Filter, Selected, select};
use crate::render::list::{Format, write};
use crate::store::Listing;

/// The seed plan with its tasks copied `copies` times (ids made unique and
/// kept in natural order) under the id `id`.
fn seed_copies(id: &str, copies: usize) -> String {
    let seed = include_str!("../../../plans/trieu-son-2020-pcbldg.toml");
    let first = seed.find("[[task]]").unwrap();
    let (head, tasks) = seed.split_at(first);
    let head = head.replacen("id = \"", &format!("id = \"{id}"), 1);
    let mut text = head.to_string();
    for copy in 0..copies {
        text.push_str(&tasks.replace("id = \"", &format!("id = \"{copy}.")));
    }
    text
}

/// Three plan files in `dir`: a large plan of several chunks last.
fn plans(dir: &Path) -> Vec<PathBuf> {
    let files = [
        ("a.toml", seed_copies("a-", 1)),
        ("b.toml", seed_copies("b-", 3)),
        ("c.toml", seed_copies("c-", 400)),
    ];
    files
        .iter()
        .map(|(name, text)| {
            let path = dir.join(name);
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect()
}

/// Every output of `filter` on `day`: the tables at a wide and a narrow
/// width (blocks), the JSON and the CSV.
fn formats(day: NaiveDate) -> Vec<Format> {
    vec![
        Format::Table {
            qualify: true,
            width: Some(120),
        },
        Format::Table {
            qualify: true,
            width: Some(60),
        },
        Format::Json { as_of: day },
        Format::Csv {
            delimiter: b',',
            vietnamese_headers: false,
        },
    ]
}

/// Assert that every format of every filter reads the same from the
/// plans read whole and from the cache chunk by chunk.
fn same_lists(cache: &Path, files: &[PathBuf], whole: &[crate::model::Plan]) {
    let chunked = crate::store::load_chunked_in(cache, files)
        .expect("every plan is in the cache as its file is, its tasks in id order");
    let filters = [
        Filter::default(),
        Filter {
            overdue: true,
            ..Filter::default()
        },
        Filter {
            unit: Some("Phòng Văn hóa".to_string()),
            ..Filter::default()
        },
    ];
    {
        let day = NaiveDate::from_ymd_opt(2020, 11, 1).unwrap();
        for filter in &filters {
            let rows = select(whole, filter, day).unwrap();
            // Enough rows for the table to be streamed.
            assert!(rows.len() > 300, "{} rows", rows.len());
            let scan = Listing::new(&chunked, filter, day).unwrap().unwrap();
            for format in formats(day) {
                let mut read_whole = Vec::new();
                let count = write(&format, &Selected(&rows), &mut read_whole).unwrap();
                let mut streamed = Vec::new();
                let streamed_count = write(&format, &scan, &mut streamed).unwrap();
                assert_eq!(count, rows.len());
                assert_eq!(streamed_count, count);
                assert!(
                    streamed == read_whole,
                    "{filter:?} on {day}: the chunked list differs"
                );
            }
        }
    }
}

#[test]
fn a_list_read_chunk_by_chunk_from_the_cache_is_the_list_read_whole() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let files = plans(dir.path());
    // A file is cached once its times are settled.
    std::thread::sleep(std::time::Duration::from_millis(3_300));
    let whole = crate::store::load_all_in(&cache, &files).unwrap().plans;
    assert_eq!(whole.len(), 3);
    assert!(whole[2].tasks.len() > 3 * 1024, "several chunks");
    same_lists(&cache, &files, &whole);

    // A byte of the large plan's last chunk damaged in the cache file: its
    // head still reads, the chunk does not, and its tasks come from the
    // plan file.
    let bin = std::fs::read_dir(&cache)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "bin"))
        .expect("a cache file");
    let mut bytes = std::fs::read(&bin).unwrap();
    let at = bytes.len() - 30;
    bytes[at] ^= 0x20;
    std::fs::write(&bin, &bytes).unwrap();
    same_lists(&cache, &files, &whole);

    // The plan file changed too, after the list began: the rows of the
    // damaged chunk cannot come from it, and the list stops with an error.
    let chunked = crate::store::load_chunked_in(&cache, &files).unwrap();
    let filter = Filter::default();
    let day = NaiveDate::from_ymd_opt(2020, 11, 1).unwrap();
    let listing = Listing::new(&chunked, &filter, day).unwrap().unwrap();
    let mut text = std::fs::read_to_string(&files[2]).unwrap();
    text.push_str("# sửa\n");
    std::fs::write(&files[2], text).unwrap();
    let mut out = Vec::new();
    let format = Format::Csv {
        delimiter: b',',
        vietnamese_headers: false,
    };
    let error = write(&format, &listing, &mut out).expect_err("the file changed");
    let said = crate::error::io_reason(&error);
    assert!(said.starts_with(&files[2].display().to_string()), "{said}");
}

#[test]
fn plans_not_cached_or_out_of_order_are_not_read_chunk_by_chunk() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    // Task "10" before task "9": listed in id order, which only reading
    // the plan whole can give.
    let text = seed_copies("d-", 1)
        .replacen("id = \"0.1\"", "id = \"0.10\"", 1)
        .replacen("id = \"0.2\"", "id = \"0.9\"", 1);
    let path = dir.path().join("d.toml");
    std::fs::write(&path, text).unwrap();
    // The same plan in order, beside it.
    let in_order = dir.path().join("e.toml");
    std::fs::write(&in_order, seed_copies("e-", 1)).unwrap();
    let files = vec![path, in_order];
    let chunked = |files: &[PathBuf]| crate::store::load_chunked_in(&cache, files).is_some();
    assert!(!chunked(&files), "not cached yet");
    std::thread::sleep(std::time::Duration::from_millis(3_300));
    let whole = crate::store::load_all_in(&cache, &files).unwrap().plans;
    assert_eq!(whole.len(), 2);
    assert!(chunked(&files[1..]), "cached, in order");
    assert!(!chunked(&files[..1]), "out of order");
    assert!(!chunked(&files));
}
