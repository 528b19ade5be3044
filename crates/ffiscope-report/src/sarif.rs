//! SARIF 2.1.0: the subset of the object model ffiscope writes, as serde types. Every type
//! here maps to a definition of the OASIS schema (`sarif-schema-2.1.0.json`, errata 01);
//! the tests validate rendered logs against it.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use ffiscope_check::{all_rules, CheckResult, Finding, Severity};

pub const SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// `sarifLog`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Log {
    #[serde(rename = "$schema")]
    pub schema: String,
    pub version: String,
    pub runs: Vec<Run>,
}

/// `run`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Run {
    pub tool: Tool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub invocations: Vec<Invocation>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub original_uri_base_ids: BTreeMap<String, ArtifactLocation>,
    pub results: Vec<SarifResult>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column_kind: Option<String>,
}

/// `tool`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tool {
    pub driver: ToolComponent,
}

/// `toolComponent`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ToolComponent {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub semantic_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub information_uri: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<ReportingDescriptor>,
}

/// `reportingDescriptor`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportingDescriptor {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_description: Option<MultiformatMessageString>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_description: Option<MultiformatMessageString>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<MultiformatMessageString>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_configuration: Option<ReportingConfiguration>,
}

/// `multiformatMessageString`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MultiformatMessageString {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub markdown: Option<String>,
}

/// `reportingConfiguration`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportingConfiguration {
    pub level: String,
}

/// `invocation`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Invocation {
    pub execution_successful: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tool_execution_notifications: Vec<Notification>,
}

/// `notification`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Notification {
    pub message: Message,
    pub level: String,
}

/// `message`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    pub text: String,
}

/// `result`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifResult {
    pub rule_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule_index: Option<usize>,
    pub level: String,
    pub message: Message,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<Location>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related_locations: Vec<Location>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub partial_fingerprints: BTreeMap<String, String>,
}

/// `location`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub physical_location: Option<PhysicalLocation>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub logical_locations: Vec<LogicalLocation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<Message>,
}

/// `physicalLocation`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PhysicalLocation {
    pub artifact_location: ArtifactLocation,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
}

/// `artifactLocation`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactLocation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri_base_id: Option<String>,
}

/// `region` (1-based lines and columns).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Region {
    pub start_line: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_column: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_line: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_column: Option<u32>,
}

/// `logicalLocation`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LogicalLocation {
    pub fully_qualified_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

/// Options of [`render_sarif`].
#[derive(Debug, Clone, Default)]
pub struct SarifOptions {
    /// The crate root that finding paths are relative to; becomes `%SRCROOT%`.
    pub src_root: Option<std::path::PathBuf>,
}

const SRCROOT: &str = "%SRCROOT%";

fn level(s: Severity) -> String {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
    .into()
}

/// Percent-encodes what may not appear in a URI reference path.
fn encode_path(p: &str) -> String {
    let mut out = String::new();
    for b in p.replace('\\', "/").bytes() {
        match b {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'.'
            | b'_'
            | b'~'
            | b'/'
            | b':'
            | b'@'
            | b'+'
            | b'='
            | b',' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn artifact(file: &str) -> ArtifactLocation {
    if Path::new(file).is_absolute() {
        ArtifactLocation {
            uri: Some(format!("file://{}", encode_path(file))),
            uri_base_id: None,
        }
    } else {
        ArtifactLocation {
            uri: Some(encode_path(file)),
            uri_base_id: Some(SRCROOT.into()),
        }
    }
}

fn line_region(line: u32) -> Option<Region> {
    (line > 0).then_some(Region {
        start_line: line,
        start_column: None,
        end_line: None,
        end_column: None,
    })
}

fn result_of(f: &Finding) -> SarifResult {
    let rule_index = all_rules().iter().position(|r| r.code == f.code);
    let mut locations = Vec::new();
    if let Some(r) = &f.rust {
        locations.push(Location {
            id: None,
            physical_location: Some(PhysicalLocation {
                artifact_location: artifact(&r.file),
                region: (r.line > 0).then(|| Region {
                    start_line: r.line,
                    start_column: (r.column > 0).then_some(r.column),
                    end_line: r.end_line.filter(|l| *l >= r.line),
                    end_column: r.end_column.filter(|c| *c > 0),
                }),
            }),
            logical_locations: if r.item.is_empty() {
                Vec::new()
            } else {
                vec![LogicalLocation {
                    fully_qualified_name: r.item.clone(),
                    kind: Some(
                        if r.item.contains("::") {
                            "member"
                        } else {
                            "function"
                        }
                        .into(),
                    ),
                }]
            },
            message: None,
        });
    }
    let mut related = Vec::new();
    let mut next_id = 1i64;
    if let Some(c) = f.c.as_ref().filter(|c| !c.file.is_empty()) {
        let what = match (&c.function, &c.record) {
            (Some(func), _) => format!("C function `{func}`"),
            (None, Some(r)) => format!("C type `{r}`"),
            _ => "C code".into(),
        };
        related.push(Location {
            id: Some(next_id),
            physical_location: Some(PhysicalLocation {
                artifact_location: artifact(&c.file),
                region: line_region(c.line),
            }),
            logical_locations: Vec::new(),
            message: Some(Message { text: what }),
        });
        next_id += 1;
    }
    for e in f.evidence.iter().filter(|e| !e.file.is_empty()) {
        related.push(Location {
            id: Some(next_id),
            physical_location: Some(PhysicalLocation {
                artifact_location: artifact(&e.file),
                region: line_region(e.line),
            }),
            logical_locations: Vec::new(),
            message: Some(Message {
                text: e.note.clone(),
            }),
        });
        next_id += 1;
    }
    let mut text = f.message.clone();
    if let Some(h) = &f.help {
        text.push_str(&format!(" (help: {h})"));
    }
    let mut partial_fingerprints = BTreeMap::new();
    if let Some(r) = &f.rust {
        // Stable across line moves: rule, item and C function/parameter.
        let c =
            f.c.as_ref()
                .map(|c| {
                    format!(
                        "{}:{}",
                        c.function.clone().or(c.record.clone()).unwrap_or_default(),
                        c.param.map(|p| p.to_string()).unwrap_or_default()
                    )
                })
                .unwrap_or_default();
        partial_fingerprints.insert(
            "ffiscopeItem/v1".into(),
            format!("{}|{}|{}|{}", f.code, r.file, r.item, c),
        );
    }
    SarifResult {
        rule_id: f.code.clone(),
        rule_index,
        level: level(f.severity),
        message: Message { text },
        locations,
        related_locations: related,
        partial_fingerprints,
    }
}

/// The SARIF log of a check.
pub fn sarif_log(result: &CheckResult, opts: &SarifOptions) -> Log {
    let rules = all_rules()
        .iter()
        .map(|r| ReportingDescriptor {
            id: r.code.into(),
            name: Some(r.name.into()),
            short_description: Some(MultiformatMessageString {
                text: r.summary.into(),
                markdown: None,
            }),
            full_description: None,
            help: Some(MultiformatMessageString {
                text: r.summary.into(),
                markdown: Some(r.doc.into()),
            }),
            default_configuration: Some(ReportingConfiguration {
                level: level(r.default_severity),
            }),
        })
        .collect();
    let mut bases = BTreeMap::new();
    if let Some(root) = &opts.src_root {
        let abs = root.canonicalize().unwrap_or_else(|_| root.clone());
        let mut uri = format!("file://{}", encode_path(&abs.to_string_lossy()));
        if !uri.ends_with('/') {
            uri.push('/');
        }
        bases.insert(
            SRCROOT.to_string(),
            ArtifactLocation {
                uri: Some(uri),
                uri_base_id: None,
            },
        );
    }
    Log {
        schema: SCHEMA_URI.into(),
        version: "2.1.0".into(),
        runs: vec![Run {
            tool: Tool {
                driver: ToolComponent {
                    name: "ffiscope".into(),
                    version: Some(ffiscope_facts::TOOL_VERSION.into()),
                    semantic_version: Some(ffiscope_facts::TOOL_VERSION.into()),
                    information_uri: None,
                    rules,
                },
            },
            invocations: vec![Invocation {
                execution_successful: true,
                tool_execution_notifications: result
                    .skipped
                    .iter()
                    .map(|s| Notification {
                        message: Message {
                            text: format!("skipped {}: {}", s.what, s.why),
                        },
                        level: "note".into(),
                    })
                    .collect(),
            }],
            original_uri_base_ids: bases,
            results: result.findings.iter().map(result_of).collect(),
            column_kind: Some("unicodeCodePoints".into()),
        }],
    }
}

/// Pretty-printed SARIF, ending in a newline.
pub fn render_sarif(result: &CheckResult, opts: &SarifOptions) -> String {
    let mut s = serde_json::to_string_pretty(&sarif_log(result, opts)).unwrap_or_default();
    s.push('\n');
    s
}
