//! Values a structure encodes are judged once, decoded: the text rules do not read the base64.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use crate::harness::{project, scan_json};

fn secret_manifest(entries: &[(&str, &str)]) -> String {
    let data: String = entries
        .iter()
        .map(|(key, value)| format!("  {key}: {}\n", STANDARD.encode(value)))
        .collect();
    format!("apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n{data}")
}

fn reported_lines(manifest: &str) -> Vec<(String, u64)> {
    let dir = project(&[("deploy/k8s/secret.yaml", manifest)]);
    let (report, _) = scan_json(&[dir.path().to_str().unwrap()]);
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["rule"].as_str().unwrap().to_owned(), f["location"]["line"].as_u64().unwrap()))
        .collect()
}

#[test]
fn a_placeholder_or_a_flag_list_in_a_secret_is_not_reported_as_its_base64() {
    let manifest = secret_manifest(&[
        ("DEFAULT_ADMIN_PASSWORD", "changeme"),
        ("FEATURE_FLAGS", "beta_dashboard,new_reports"),
    ]);
    assert_eq!(reported_lines(&manifest), []);
}

#[test]
fn a_real_password_in_a_secret_is_reported_once_decoded() {
    // a synthetic value, put together so that the text of this test is not one
    let password = ["xjCQhLKF3", "uMdBpOpH0", "3UxksIB9G"].concat();
    let manifest = secret_manifest(&[("DB_PASSWORD", &password)]);
    assert_eq!(reported_lines(&manifest), [("secret/kubernetes-secret-data".to_owned(), 7)]);
}
