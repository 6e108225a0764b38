"""factcheck.checking: the engine that runs the rules and keeps one finding per fact."""

from helpers import findings_of


def test_a_paragraph_the_page_holds_twice_gets_each_finding_once():
    para = ("全省678个5000万元以上项目集中开工,总投资约3700亿元。其中产业类项目447个,占57.7%;"
            "基础设施项目119个,占15.4%;民生环保项目139个,占17.9%,项目开工时间比上年提前了25天。")
    once = findings_of(para, date="2022-03", subject="吉林省")
    twice = findings_of(para + "\n" + para, date="2022-03", subject="吉林省")
    shares = [f for f in twice if f.check == "share"]
    assert shares and len(shares) == len([f for f in once if f.check == "share"])
    assert any(f.check == "duplicates" for f in twice)  # the copy itself is still reported
