use super::*;

#[test]
fn routine_text_is_escaped_and_a_routine_without_a_schedule_gets_4_weeks_of_7_days() {
    let text = "[routine]\ntitle='<b>Me</b> & you'\nauthor='Dr \"Q\"'\n[[exercise]]\nname='<script>x</script>'\ncaution='a < b'\n";
    let routine = crate::routine::parse_str(text, "t.toml").expect("valid");
    let page = html(&routine, &[Picture::Missing("<img>".into())]);
    assert!(page.contains("&lt;b&gt;Me&lt;/b&gt; &amp; you"));
    assert!(page.contains("Dr &quot;Q&quot;"));
    assert!(!page.contains("<script>") && !page.contains("<img>"));
    assert_eq!(
        page.matches("<tr><th>").count(),
        1 + 4,
        "a header and 4 weeks"
    );
    assert_eq!(page.matches("class=\"box\"").count(), 28, "7 days each");
    assert!(!page.contains("http"), "nothing fetched");
}
