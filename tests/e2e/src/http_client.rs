//! A minimal blocking HTTP/1.1 client over std `TcpStream`: enough to probe a WebDriver's
//! `/status` and to test the static server with exact request lines (absolute form, CONNECT,
//! a wrong `Host`) that a real client would not send.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

/// A response read until the server closed the connection (or `Content-Length` was reached).
#[derive(Clone, Debug)]
pub struct HttpResponse {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl HttpResponse {
    /// The first header called `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Sends `raw` (a complete request, head and body) to `addr` and reads one response.
pub fn send_raw(addr: SocketAddr, raw: &[u8], timeout: Duration) -> Result<HttpResponse, String> {
    let mut stream = TcpStream::connect_timeout(&addr, timeout)
        .map_err(|e| format!("cannot connect to {addr}: {e}"))?;
    stream
        .set_read_timeout(Some(timeout))
        .and_then(|()| stream.set_write_timeout(Some(timeout)))
        .map_err(|e| format!("cannot set timeouts on {addr}: {e}"))?;
    stream
        .write_all(raw)
        .map_err(|e| format!("cannot send the request to {addr}: {e}"))?;
    let mut buf = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    loop {
        match stream.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => {
                buf.extend_from_slice(&chunk[..n]);
                if let Some(done) = complete_length(&buf) {
                    buf.truncate(done);
                    break;
                }
            }
            Err(e) => return Err(format!("cannot read the response from {addr}: {e}")),
        }
    }
    parse_response(&buf, raw.starts_with(b"HEAD ")).ok_or_else(|| {
        format!(
            "malformed response from {addr}: {:?}",
            String::from_utf8_lossy(&buf)
        )
    })
}

/// `METHOD target` with `Host: <addr>` and `Connection: close`.
pub fn request(addr: SocketAddr, method: &str, target: &str) -> Result<HttpResponse, String> {
    let raw = format!("{method} {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    send_raw(addr, raw.as_bytes(), Duration::from_secs(10))
}

/// `GET target` with `Host: <addr>`.
pub fn get(addr: SocketAddr, target: &str) -> Result<HttpResponse, String> {
    request(addr, "GET", target)
}

fn head_end(buf: &[u8]) -> Option<usize> {
    buf.windows(4).position(|w| w == b"\r\n\r\n").map(|p| p + 4)
}

/// The total length of the response once head and `Content-Length` body are complete.
fn complete_length(buf: &[u8]) -> Option<usize> {
    let end = head_end(buf)?;
    let head = String::from_utf8_lossy(&buf[..end]);
    let length: usize = head.lines().find_map(|line| {
        let (k, v) = line.split_once(':')?;
        k.trim()
            .eq_ignore_ascii_case("content-length")
            .then(|| v.trim().parse().ok())?
    })?;
    (buf.len() >= end + length).then_some(end + length)
}

fn parse_response(buf: &[u8], is_head: bool) -> Option<HttpResponse> {
    let end = head_end(buf)?;
    let head = std::str::from_utf8(&buf[..end]).ok()?;
    let mut lines = head.split("\r\n");
    let status_line = lines.next()?;
    let status = status_line.split_whitespace().nth(1)?.parse().ok()?;
    let headers = lines
        .filter(|l| !l.is_empty())
        .filter_map(|l| {
            let (k, v) = l.split_once(':')?;
            Some((k.trim().to_string(), v.trim().to_string()))
        })
        .collect();
    let body = if is_head {
        Vec::new()
    } else {
        buf[end..].to_vec()
    };
    Some(HttpResponse {
        status,
        headers,
        body,
    })
}
