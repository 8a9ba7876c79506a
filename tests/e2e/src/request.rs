//! Reading an HTTP/1.x request head from a connection.

use std::io::{self, BufRead, Read};

const MAX_HEAD_BYTES: u64 = 64 * 1024;

/// The request line and headers of one request.
#[derive(Clone, Debug)]
pub struct RequestHead {
    pub method: String,
    pub target: String,
    pub version: String,
    pub headers: Vec<(String, String)>,
}

impl RequestHead {
    /// The first header called `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn content_length(&self) -> Option<u64> {
        self.header("content-length")
            .and_then(|v| v.trim().parse().ok())
    }

    /// Whether the connection must be closed after the response.
    pub fn wants_close(&self) -> bool {
        let connection = self.header("connection").unwrap_or("").to_ascii_lowercase();
        if self.version == "HTTP/1.0" {
            !connection.contains("keep-alive")
        } else {
            connection.contains("close")
        }
    }
}

/// Reads one request head. `Ok(None)` when the peer closed the connection before a request.
pub fn read_head(reader: &mut impl BufRead) -> io::Result<Option<RequestHead>> {
    let mut limited = reader.take(MAX_HEAD_BYTES);
    let mut request_line = String::new();
    // Tolerate empty lines before the request line (RFC 9112 section 2.2).
    loop {
        request_line.clear();
        if limited.read_line(&mut request_line)? == 0 {
            return Ok(None);
        }
        if !request_line.trim().is_empty() {
            break;
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, target, version) = match (parts.next(), parts.next(), parts.next()) {
        (Some(m), Some(t), Some(v)) => (m.to_string(), t.to_string(), v.to_string()),
        _ => return Err(bad(format!("malformed request line {request_line:?}"))),
    };
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        if limited.read_line(&mut line)? == 0 {
            return Err(bad("connection closed inside the request head".into()));
        }
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            break;
        }
        match line.split_once(':') {
            Some((name, value)) => {
                headers.push((name.trim().to_string(), value.trim().to_string()))
            }
            None => return Err(bad(format!("malformed header line {line:?}"))),
        }
    }
    Ok(Some(RequestHead {
        method,
        target,
        version,
        headers,
    }))
}

fn bad(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, message)
}
