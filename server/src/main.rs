//! `partner-center-server`: see `--help`. Logs go to stderr (`RUST_LOG`, e.g. `debug` or
//! `partner_center_server=debug,tower_http=debug`); stdout has only the start-up banner.

use std::process::ExitCode;
use std::str::FromStr;

use clap::Parser;
use partner_center_server::cli::{Cli, Command, ReviewArgs, ServeArgs};
use tokio::net::TcpListener;
use tracing_subscriber::filter::Targets;
use tracing_subscriber::prelude::*;

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("partner-center-server: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = match cli.into_command() {
        Command::Serve(args) => runtime.block_on(serve(args)),
        Command::Review(args) => review(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("partner-center-server: {message}");
            ExitCode::FAILURE
        }
    }
}

fn init_logging() {
    let filter = std::env::var("RUST_LOG").ok().and_then(|v| Targets::from_str(&v).ok()).unwrap_or_else(|| {
        Targets::new().with_default(tracing::Level::WARN).with_target("partner_center_server", tracing::Level::INFO)
    });
    tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(std::io::stderr)
                .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr())),
        )
        .with(filter)
        .init();
}

async fn serve(args: ServeArgs) -> Result<(), String> {
    let settings = args.settings(std::env::var("PC_DEMO_PASSWORD").ok());
    let listener =
        TcpListener::bind(args.listen).await.map_err(|e| format!("cannot listen on {}: {e}", args.listen))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let state = partner_center_server::start_state(settings.clone()).await.map_err(|e| e.to_string())?;
    print!("{}", partner_center_server::app::banner(&settings, addr));
    if let Some(delay) = settings.demo.as_ref().and_then(|d| d.approve_after) {
        tokio::spawn(partner_center_server::review::auto_approve_loop(state.clone(), delay));
    }
    partner_center_server::serve(listener, partner_center_server::router(state), shutdown_signal())
        .await
        .map_err(|e| format!("server error: {e}"))
}

/// `review approve|reject|credit-check <enrollment>`: the operator's decision, on the same
/// data folder a running server uses (SQLite serialises the write).
fn review(args: &ReviewArgs) -> Result<(), String> {
    let db = args.data.data.join("partner-center.sqlite3");
    if !db.exists() {
        return Err(format!("no database at {} (start the server once, or pass --data)", db.display()));
    }
    let message =
        partner_center_server::review::review(&db, &args.enrollment, args.decision(), args.reason.as_deref())?;
    println!("{message}");
    Ok(())
}

/// SIGINT (Ctrl+C) or SIGTERM (service managers, containers).
async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}
