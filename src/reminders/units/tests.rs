use super::*;

fn command(home: Option<&str>) -> RemindCommand {
    RemindCommand {
        program: PathBuf::from("/home/pat/.local/bin/repcue"),
        home: home.map(PathBuf::from),
    }
}

#[test]
fn the_service_runs_one_check_and_lets_an_opened_window_live_on() {
    let text = service_text(&command(None));
    assert!(text.contains("[Service]\nType=oneshot\n"), "{text}");
    assert!(
        text.contains("ExecStart=\"/home/pat/.local/bin/repcue\" remind\n"),
        "{text}"
    );
    assert!(text.contains("KillMode=process\n"), "{text}");
}

#[test]
fn odd_characters_in_paths_are_escaped_for_systemd() {
    let text = service_text(&command(Some("/media/USB stick/100% \"mine\" $HOME")));
    assert!(
        text.contains(r#"remind --home "/media/USB stick/100%% \"mine\" $$HOME""#),
        "{text}"
    );
}

#[test]
fn the_timer_fires_at_each_time_and_catches_up_once_after_sleep() {
    let text = timer_text(&[Time::constant(8, 0, 0, 0), Time::constant(18, 30, 0, 0)]);
    assert!(
        text.contains("OnCalendar=*-*-* 08:00:00\nOnCalendar=*-*-* 18:30:00\n"),
        "{text}"
    );
    assert!(text.contains("Persistent=true\n"), "{text}");
    assert!(
        text.contains("[Install]\nWantedBy=timers.target\n"),
        "{text}"
    );
}

/// A systemctl that logs its arguments, and fails `show-environment` when told to.
fn fake_systemctl(dir: &Path, user_session: bool) -> (SystemdUser, PathBuf) {
    use std::os::unix::fs::PermissionsExt;
    let log = dir.join("systemctl.log");
    let script = dir.join("systemctl");
    let fail = if user_session {
        ""
    } else {
        "if [ \"$2\" = show-environment ]; then echo 'Failed to connect to bus: No medium found' >&2; exit 1; fi\n"
    };
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\necho \"$*\" >> '{}'\n{fail}exit 0\n",
            log.display()
        ),
    )
    .expect("script");
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let systemd = SystemdUser {
        unit_dir: dir.join("units"),
        systemctl: script.into_os_string(),
    };
    (systemd, log)
}

#[test]
fn installing_writes_both_units_and_enables_the_timer_and_removing_undoes_it() {
    let dir = tempfile::tempdir().expect("dir");
    let (systemd, log) = fake_systemctl(dir.path(), true);
    systemd
        .install(&command(None), &[Time::constant(18, 0, 0, 0)])
        .expect("install");
    assert!(systemd.unit_dir.join(TIMER).is_file());
    assert!(systemd.unit_dir.join(SERVICE).is_file());
    let said = std::fs::read_to_string(&log).expect("log");
    assert_eq!(
        said,
        "--user show-environment\n--user daemon-reload\n--user enable repcue-remind.timer\n\
         --user restart repcue-remind.timer\n"
    );
    systemd.remove().expect("remove");
    assert!(!systemd.unit_dir.join(TIMER).exists());
    assert!(!systemd.unit_dir.join(SERVICE).exists());
    let said = std::fs::read_to_string(&log).expect("log");
    assert!(
        said.ends_with(
            "--user disable --now repcue-remind.timer\n\
             --user clean --what=state repcue-remind.timer\n--user daemon-reload\n"
        ),
        "{said}"
    );
    // Nothing to remove: systemctl is not asked.
    systemd.remove().expect("remove again");
    assert_eq!(std::fs::read_to_string(&log).expect("log"), said);
}

#[test]
fn without_a_user_session_nothing_is_written_and_the_reason_is_said() {
    let dir = tempfile::tempdir().expect("dir");
    let (systemd, _) = fake_systemctl(dir.path(), false);
    let err = systemd
        .install(&command(None), &[Time::constant(18, 0, 0, 0)])
        .expect_err("no user session");
    assert!(matches!(err, UnitError::NoSystemd(_)), "{err:?}");
    assert!(err.to_string().contains("systemd user session"), "{err}");
    assert!(!systemd.unit_dir.join(TIMER).exists());
}

#[test]
fn a_timer_that_fails_half_way_is_removed_again() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("dir");
    let script = dir.path().join("systemctl");
    std::fs::write(
        &script,
        "#!/bin/sh\n[ \"$2\" = restart ] && exit 1\nexit 0\n",
    )
    .expect("script");
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let systemd = SystemdUser {
        unit_dir: dir.path().join("units"),
        systemctl: script.into_os_string(),
    };
    let err = systemd
        .install(&command(None), &[Time::constant(18, 0, 0, 0)])
        .expect_err("restart fails");
    assert!(matches!(err, UnitError::Systemctl { .. }), "{err:?}");
    assert!(!systemd.unit_dir.join(TIMER).exists());
    assert!(!systemd.unit_dir.join(SERVICE).exists());
}

#[test]
fn refresh_rewrites_the_timer_only_when_the_times_changed() {
    let dir = tempfile::tempdir().expect("dir");
    let (systemd, log) = fake_systemctl(dir.path(), true);
    let six = [Time::constant(18, 0, 0, 0)];
    assert!(
        !systemd.refresh(&command(None), &six).expect("no timer"),
        "no timer: nothing to refresh"
    );
    systemd.install(&command(None), &six).expect("install");
    let before = std::fs::read_to_string(&log).expect("log");
    assert!(!systemd.refresh(&command(None), &six).expect("same"));
    assert_eq!(std::fs::read_to_string(&log).expect("log"), before);
    let seven = [Time::constant(19, 0, 0, 0)];
    assert!(systemd.refresh(&command(None), &seven).expect("changed"));
    let timer = std::fs::read_to_string(systemd.unit_dir.join(TIMER)).expect("timer");
    assert!(timer.contains("OnCalendar=*-*-* 19:00:00\n"), "{timer}");
}
