//! Command line: `partner-center-server [serve] [options]`. `serve` is the default so the plain
//! command starts the server; other subcommands (operator tasks on the same data folder) come later.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::builder::PossibleValuesParser;
use clap::{Args, Parser, Subcommand};

use crate::settings::{ApiBase, Cloud, LOCALES, Settings, parse_origin};

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
    /// The review operator at 21Vianet (or Microsoft): decide a submitted enrollment.
    Review(ReviewArgs),
}

#[derive(Debug, Clone, Args)]
pub struct ReviewArgs {
    /// credit-check (China: review passed, credit check next), approve, or reject.
    #[arg(value_parser = PossibleValuesParser::new(["credit-check", "approve", "reject"]))]
    pub decision: String,
    /// The enrollment id (or the partner id) from the partner's status page or the server log.
    pub enrollment: String,
    /// Why it was rejected; shown to the partner. Required with `reject`.
    #[arg(long)]
    pub reason: Option<String>,
    #[command(flatten)]
    pub data: DataArgs,
}

impl ReviewArgs {
    pub fn decision(&self) -> crate::review::Decision {
        match self.decision.as_str() {
            "credit-check" => crate::review::Decision::CreditCheck,
            "approve" => crate::review::Decision::Approve,
            _ => crate::review::Decision::Reject,
        }
    }
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
    /// API requests per minute per session (per client address when signed out); 0 = no limit.
    #[arg(long, env = "PC_RATE_LIMIT_PER_MINUTE", default_value_t = 600)]
    pub rate_limit_per_minute: u32,
    /// An origin whose pages may call the API with the partner's session (CORS with credentials),
    /// for the app hosted on another origin: exactly `https://host[:port]`; repeat the flag (or
    /// separate them with commas in the variable) for several. None: same-origin only.
    #[arg(long = "cors-origin", env = "PC_CORS_ORIGINS", value_delimiter = ',', value_parser = parse_origin)]
    pub cors_origins: Vec<String>,
    /// Create the realistic demo dataset on start (once; later starts keep what is there).
    #[arg(long, env = "PC_DEMO")]
    pub demo: bool,
    /// With --demo: customers per demo partner.
    #[arg(long, env = "PC_DEMO_CUSTOMERS", default_value_t = 5000, requires = "demo")]
    pub demo_customers: usize,
    /// With --demo: approve submitted enrollments after this many seconds (0 = never; use the
    /// `review` command instead).
    #[arg(long, env = "PC_DEMO_APPROVE_AFTER", default_value_t = 0, requires = "demo")]
    pub demo_approve_after: u64,
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
            rate_limit_per_minute: self.rate_limit_per_minute,
            cors_origins: self.cors_origins.clone(),
            demo: self.demo.then(|| crate::settings::DemoData {
                customers: self.demo_customers,
                approve_after: (self.demo_approve_after > 0).then(|| Duration::from_secs(self.demo_approve_after)),
            }),
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
            Cli::parse_from(["pcs", "--cloud", "global", "--listen", "0.0.0.0:9000"]).into_command()
        else {
            panic!("serve is the default")
        };
        let s = args.settings(None);
        assert_eq!(s.default_locale, "en-US");
        assert_eq!(args.listen.port(), 9000);
        assert_eq!(s.demo_password, crate::demo::DEMO_PASSWORD);
        let Command::Serve(args) =
            Cli::parse_from(["pcs", "serve", "--default-locale", "ko-KR", "--session-ttl-minutes", "5"]).into_command()
        else {
            panic!("serve")
        };
        let s = args.settings(Some("other".into()));
        assert_eq!(
            (s.default_locale.as_str(), s.session_ttl.as_secs(), s.demo_password.as_str()),
            ("ko-KR", 300, "other")
        );
        assert_eq!(s.cloud, Cloud::China);
    }

    #[test]
    fn demo_and_review_options() {
        let Command::Serve(args) =
            Cli::parse_from(["pcs", "--demo", "--demo-customers", "50", "--demo-approve-after", "30"]).into_command()
        else {
            panic!("serve")
        };
        let demo = args.settings(None).demo.unwrap();
        assert_eq!((demo.customers, demo.approve_after), (50, Some(Duration::from_secs(30))));
        let Command::Serve(args) = Cli::parse_from(["pcs"]).into_command() else { panic!("serve") };
        assert_eq!(args.settings(None).demo, None);
        assert!(Cli::try_parse_from(["pcs", "--demo-customers", "5"]).is_err(), "only with --demo");
        let Command::Review(r) =
            Cli::parse_from(["pcs", "review", "approve", "e2b8f4a6", "--data", "/tmp/x"]).into_command()
        else {
            panic!("review")
        };
        assert_eq!(r.decision(), crate::review::Decision::Approve);
        assert!(Cli::try_parse_from(["pcs", "review", "maybe", "x"]).is_err());
    }

    #[test]
    fn bad_values_are_refused() {
        assert!(Cli::try_parse_from(["pcs", "--default-locale", "de-DE"]).is_err());
        assert!(Cli::try_parse_from(["pcs", "--session-ttl-minutes", "0"]).is_err());
        assert!(Cli::try_parse_from(["pcs", "--api-base", "api"]).is_err());
        assert!(Cli::try_parse_from(["pcs", "--cloud", "mars"]).is_err());
        assert!(Cli::try_parse_from(["pcs", "--cors-origin", "*"]).is_err());
    }

    #[test]
    fn cors_origins_repeat() {
        let Command::Serve(args) = Cli::parse_from([
            "pcs",
            "--cors-origin",
            "https://partner.example.cn,http://127.0.0.1:8088",
            "--cors-origin",
            "https://partner.example.com",
        ])
        .into_command() else {
            panic!("serve")
        };
        assert_eq!(
            args.settings(None).cors_origins,
            ["https://partner.example.cn", "http://127.0.0.1:8088", "https://partner.example.com"]
        );
    }
}
