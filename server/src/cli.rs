//! Command line: `partner-center-server [serve] [options]`. `serve` is the default so the plain
//! command starts the server; other subcommands (operator tasks on the same data folder) come later.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::builder::PossibleValuesParser;
use clap::{Args, Parser, Subcommand};

use crate::settings::{ApiBase, Cloud, LOCALES, Settings};

#[derive(Debug, Parser)]
#[command(
    name = "partner-center-server",
    version,
    about = "Partner Center reference server: the web app and its REST API"
)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub serve: ServeArgs,
}

impl Cli {
    pub fn into_command(self) -> Command {
        self.command.unwrap_or(Command::Serve(self.serve))
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the built app and the API (the default when no subcommand is given).
    Serve(ServeArgs),
}

/// Options every subcommand that opens the database shares.
#[derive(Debug, Clone, Args)]
pub struct DataArgs {
    /// Folder for the SQLite database (created if missing).
    #[arg(long, env = "PC_DATA", default_value = "data")]
    pub data: PathBuf,
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address and port to listen on.
    #[arg(long, env = "PC_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// The app built by Trunk (`make build`).
    #[arg(long, env = "PC_DIST", default_value = "dist")]
    pub dist: PathBuf,
    #[command(flatten)]
    pub data: DataArgs,
    /// Base of the REST API: a path (`/api`) or an absolute http(s) URL whose path is served here.
    #[arg(long, env = "PC_API_BASE", default_value = "/api", value_parser = ApiBase::parse)]
    pub api_base: ApiBase,
    /// Which Partner Center this is: operated by 21Vianet (china) or global.
    #[arg(long, env = "PC_CLOUD", value_enum, default_value_t = Cloud::China)]
    pub cloud: Cloud,
    /// Language for visitors whose browser asks for none we have [default: zh-CN for china, en-US for global].
    #[arg(long, env = "PC_DEFAULT_LOCALE", value_parser = PossibleValuesParser::new(LOCALES))]
    pub default_locale: Option<String>,
    /// Minutes of inactivity after which a session ends (sessions also end 24 hours after sign-in).
    #[arg(long, env = "PC_SESSION_TTL_MINUTES", default_value_t = 480, value_parser = clap::value_parser!(u64).range(1..=1440))]
    pub session_ttl_minutes: u64,
}

impl ServeArgs {
    /// The demo password comes from the environment only: a command-line argument is visible to
    /// every user of the machine through the process list.
    pub fn settings(&self, demo_password: Option<String>) -> Settings {
        Settings {
            dist: self.dist.clone(),
            data: self.data.data.clone(),
            api_base: self.api_base.clone(),
            cloud: self.cloud,
            default_locale: self.default_locale.clone().unwrap_or_else(|| self.cloud.default_locale().to_string()),
            session_ttl: Duration::from_secs(self.session_ttl_minutes * 60),
            demo_password: demo_password
                .filter(|p| !p.is_empty())
                .unwrap_or_else(|| crate::demo::DEMO_PASSWORD.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn serve_is_the_default_and_the_cloud_picks_the_locale() {
        let Command::Serve(args) =
            Cli::parse_from(["pcs", "--cloud", "global", "--listen", "0.0.0.0:9000"]).into_command();
        let s = args.settings(None);
        assert_eq!(s.default_locale, "en-US");
        assert_eq!(args.listen.port(), 9000);
        assert_eq!(s.demo_password, crate::demo::DEMO_PASSWORD);
        let Command::Serve(args) =
            Cli::parse_from(["pcs", "serve", "--default-locale", "ko-KR", "--session-ttl-minutes", "5"]).into_command();
        let s = args.settings(Some("other".into()));
        assert_eq!(
            (s.default_locale.as_str(), s.session_ttl.as_secs(), s.demo_password.as_str()),
            ("ko-KR", 300, "other")
        );
        assert_eq!(s.cloud, Cloud::China);
    }

    #[test]
    fn bad_values_are_refused() {
        assert!(Cli::try_parse_from(["pcs", "--default-locale", "de-DE"]).is_err());
        assert!(Cli::try_parse_from(["pcs", "--session-ttl-minutes", "0"]).is_err());
        assert!(Cli::try_parse_from(["pcs", "--api-base", "api"]).is_err());
        assert!(Cli::try_parse_from(["pcs", "--cloud", "mars"]).is_err());
    }
}
