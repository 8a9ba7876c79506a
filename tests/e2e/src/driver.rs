//! A WebDriver server process (chromedriver, geckodriver, WebKitWebDriver under xvfb-run):
//! spawned in its own process group on a free port, probed until it answers, and killed with
//! its whole group (the browser included) when dropped.

use std::fs::File;
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::http_client;

/// How long a driver and its browser get to exit after SIGTERM.
pub const STOP_GRACE: Duration = Duration::from_secs(3);

/// How to start a driver once its port is known.
#[derive(Clone, Debug)]
pub struct DriverCommand {
    pub program: PathBuf,
    pub args: Vec<String>,
    pub envs: Vec<(String, String)>,
}

/// A running WebDriver server.
#[derive(Debug)]
pub struct DriverProcess {
    name: String,
    child: Option<Child>,
    port: u16,
    log_path: PathBuf,
}

impl DriverProcess {
    /// Starts `command(port)` on a free port, waits up to `ready_timeout` for `GET /status`
    /// to answer 200, and retries on another port if the process dies early.
    pub async fn start(
        name: &str,
        command: impl Fn(u16) -> DriverCommand,
        log_dir: &Path,
        ready_timeout: Duration,
    ) -> Result<Self, String> {
        let mut last_error = String::new();
        for attempt in 1..=3 {
            let port = free_port()?;
            let log_path = log_dir.join(format!("{name}-{attempt}.log"));
            let mut driver = Self::spawn(name, &command(port), port, log_path)?;
            match driver.wait_ready(ready_timeout).await {
                Ok(()) => return Ok(driver),
                Err(e) => last_error = e, // `driver` is dropped (killed) here
            }
        }
        Err(last_error)
    }

    fn spawn(
        name: &str,
        cmd: &DriverCommand,
        port: u16,
        log_path: PathBuf,
    ) -> Result<Self, String> {
        use std::os::unix::process::CommandExt;
        let log = File::create(&log_path)
            .map_err(|e| format!("cannot create the {name} log {}: {e}", log_path.display()))?;
        let log_err = log
            .try_clone()
            .map_err(|e| format!("cannot reuse the {name} log: {e}"))?;
        let child = Command::new(&cmd.program)
            .args(&cmd.args)
            .envs(cmd.envs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(log_err)
            .process_group(0)
            .spawn()
            .map_err(|e| format!("cannot start {name} ({}): {e}", cmd.program.display()))?;
        Ok(Self {
            name: name.to_string(),
            child: Some(child),
            port,
            log_path,
        })
    }

    async fn wait_ready(&mut self, timeout: Duration) -> Result<(), String> {
        let deadline = Instant::now() + timeout;
        let addr = SocketAddr::from(([127, 0, 0, 1], self.port));
        let mut last = String::from("no answer yet");
        while Instant::now() < deadline {
            if let Some(child) = self.child.as_mut() {
                if let Ok(Some(status)) = child.try_wait() {
                    return Err(format!(
                        "{} exited early ({status}); its log:\n{}",
                        self.name,
                        self.log_tail()
                    ));
                }
            }
            let probe =
                tokio::task::spawn_blocking(move || http_client::get(addr, "/status")).await;
            match probe {
                Ok(Ok(response)) if response.status == 200 => return Ok(()),
                Ok(Ok(response)) => last = format!("GET /status answered {}", response.status),
                Ok(Err(e)) => last = e,
                Err(e) => last = format!("probe task failed: {e}"),
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err(format!(
            "{} did not answer on port {} within {timeout:?} ({last}); its log:\n{}",
            self.name,
            self.port,
            self.log_tail()
        ))
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// `http://127.0.0.1:PORT`
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn log_path(&self) -> &Path {
        &self.log_path
    }

    /// The last 40 lines of the driver's output.
    pub fn log_tail(&self) -> String {
        tail_of(&self.log_path, 40)
    }

    /// Stops the driver's process group (the driver and the browser it started) and reaps it:
    /// SIGTERM first, so that Xvfb removes its lock file and display socket, then, after at most
    /// [`STOP_GRACE`], SIGKILL for whatever is left.
    pub fn kill(&mut self) {
        let Some(mut child) = self.child.take() else {
            return;
        };
        let group = format!("-{}", child.id());
        let signal = |sig: &str| {
            Command::new("kill")
                .args([sig, "--", &group])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
        };
        if matches!(child.try_wait(), Ok(None)) {
            let _ = signal("-TERM");
            // Wait for the leader, then for the rest of the group: Xvfb may still be cleaning
            // up after its parent has gone.
            let pgid = child.id();
            let deadline = Instant::now() + STOP_GRACE;
            while Instant::now() < deadline {
                let leader_gone = !matches!(child.try_wait(), Ok(None));
                if leader_gone && !group_has_live_process(pgid) {
                    break;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        // Anything still in the group (a browser process that ignored SIGTERM) goes now.
        let killed = signal("-KILL");
        if !matches!(killed, Ok(s) if s.success()) {
            let _ = child.kill();
        }
        let _ = child.wait();
    }
}

impl Drop for DriverProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Whether a process of group `pgid` is still running (zombies do not count), from `/proc`.
fn group_has_live_process(pgid: u32) -> bool {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return false;
    };
    entries.flatten().any(|entry| {
        let stat = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
        // `pid (comm) state ppid pgrp …`; comm may contain spaces and parentheses.
        let Some((_, rest)) = stat.rsplit_once(')') else {
            return false;
        };
        let mut fields = rest.split_whitespace();
        let state = fields.next();
        let pgrp = fields.nth(1).and_then(|g| g.parse::<u32>().ok());
        pgrp == Some(pgid) && !matches!(state, Some("Z") | Some("X"))
    })
}

/// A port on 127.0.0.1 that was free a moment ago.
pub fn free_port() -> Result<u16, String> {
    let listener =
        TcpListener::bind("127.0.0.1:0").map_err(|e| format!("cannot find a free port: {e}"))?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| format!("cannot find a free port: {e}"))
}

/// The last `n` lines of a log file (empty where it cannot be read).
pub(crate) fn tail_of(path: &Path, n: usize) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}
