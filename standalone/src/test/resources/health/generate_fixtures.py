#!/usr/bin/env python3
"""Writes the sprint-health fixtures dc/ and cloud/ from one scenario (see README.md).

The same board, sprints and issue histories are rendered twice: as Jira Data Center returns them
(REST v2, agile 1.0, Sprint field as strings, two search pages, statuses.json) and as Jira Cloud
returns them (REST v3 with ADF, Sprint field as objects, histories newest first, two sprint pages,
a classic "Story Points" field next to the board's "Story point estimate"). Run it from this
directory; the output is committed, so the tests do not need Python.
"""
import json, os
from datetime import datetime, timezone, timedelta

STATUSES = {"10000": ("To Do", "new", 2), "3": ("In Progress", "indeterminate", 4),
            "10101": ("In Review", "indeterminate", 4), "10001": ("Done", "done", 3),
            "10200": ("Waiting", "indeterminate", 4)}
BY_NAME = {v[0]: k for k, v in STATUSES.items()}
COLUMNS = [("To Do", ["10000"]), ("In Progress", ["3"]), ("Review", ["10101"]), ("Done", ["10001"])]
RESOLUTIONS = {"Done": "10000", "Won't Do": "10001"}
SPRINTS = [
    (101, "Sprint 1", "closed", "2026-01-05T09:00", "2026-01-16T17:00", "2026-01-16T16:00", "2026-01-05T09:00"),
    (102, "Sprint 2", "closed", "2026-01-19T09:00", "2026-01-30T17:00", "2026-01-30T15:00", "2026-01-19T09:00"),
    (103, "Sprint 3", "active", "2026-02-02T09:00", "2026-02-13T17:00", None, "2026-02-02T09:00"),
    (104, "Sprint 4", "future", None, None, None, None),
]
SPRINT_BY_ID = {s[0]: s for s in SPRINTS}

# key, type, created, estimate at creation, events (time, kind, from, to); kinds: sprint, status, est, flag, assignee
S, T, E, F, A = "sprint", "status", "est", "flag", "assignee"
ISSUES = [
    ("PG-1", "Story", "01-02T10:00", 8, [("01-02T11:00", S, [], [101]), ("01-06T10:00", T, "To Do", "In Progress"),
                                         ("01-08T15:00", T, "In Progress", "Done")]),
    ("PG-2", "Story", "01-02T10:00", 5, [("01-02T11:00", S, [], [101]), ("01-07T10:00", T, "To Do", "In Progress"),
                                         ("01-16T16:00", S, [101], [101, 102]), ("01-22T14:00", T, "In Progress", "Done")]),
    ("PG-3", "Story", "01-02T10:00", 8, [("01-02T11:00", S, [], [101]), ("01-12T10:00", T, "To Do", "In Progress"),
                                         ("01-16T16:00", S, [101], [101, 102]), ("01-20T11:00", E, 8, 5),
                                         ("01-30T15:00", S, [101, 102], [101, 102, 103])]),
    ("PG-4", "Story", "01-20T09:00", 2, [("01-21T10:00", S, [], [102]), ("01-22T10:00", T, "To Do", "In Progress"),
                                         ("01-27T10:00", T, "In Progress", "Done")]),
    ("PG-5", "Story", "01-02T10:00", 3, [("01-15T10:00", S, [], [102]), ("01-23T10:00", S, [102], [])]),
    ("PG-6", "Story", "01-02T10:00", 5, [("01-16T10:00", S, [], [102]), ("01-19T11:00", T, "To Do", "In Progress"),
                                         ("01-21T10:00", E, 5, 8), ("01-29T10:00", T, "In Progress", "Done")]),
    ("PG-7", "Story", "01-02T10:00", 2, [("01-12T10:00", T, "To Do", "In Progress"),
                                         ("01-14T10:00", T, "In Progress", "Done"), ("01-15T10:00", S, [], [102])]),
    ("PG-8", "Sub-task", "01-16T12:00", 1, [("01-16T12:30", S, [], [102]), ("01-20T10:00", T, "To Do", "In Progress"),
                                            ("01-28T10:00", T, "In Progress", "Done")]),
    ("PG-9", "Bug", "01-14T10:00", 3, [("01-16T10:00", S, [], [102]), ("01-17T10:00", T, "To Do", "Waiting"),
                                       ("01-26T10:00", T, "Waiting", "In Progress"),
                                       ("01-30T15:00", S, [102], [102, 103])]),
    ("PG-10", "Story", "01-02T10:00", None, [("01-16T10:00", S, [], [102]), ("01-21T10:00", T, "To Do", "In Progress"),
                                             ("01-28T10:00", T, "In Progress", "Done")]),
    ("PG-11", "Story", "01-02T10:00", 3, [("01-16T10:00", S, [], [102]), ("01-27T10:00", T, "To Do", "Done!Won't Do")]),
    ("PG-12", "Story", "01-02T10:00", 1, [("01-16T10:00", S, [], [102]), ("01-19T10:00", A, None, "Ana Lima"),
                                          ("01-20T09:30", T, "To Do", "In Progress~In Work"),
                                          ("01-20T10:00", F, False, True), ("01-22T10:00", F, True, False),
                                          ("01-26T10:00", T, "In Progress", "In Review"),
                                          ("01-27T10:00", T, "In Review", "In Progress"),
                                          ("01-29T10:00", T, "In Progress", "Done")]),
    ("PG-13", "Story", "01-19T12:00", 2, [("01-20T10:00", S, [], [102]), ("01-22T10:00", S, [102], [103]),
                                          ("02-03T09:30", T, "To Do", "In Progress"),
                                          ("02-04T15:00", T, "In Progress", "Done")]),
    ("PG-14", "Story", "01-26T10:00", 5, [("01-30T16:00", S, [], [103]), ("02-04T10:00", T, "To Do", "In Progress"),
                                          ("02-05T09:00", F, False, True)]),
    ("PG-15", "Story", "02-03T10:00", 3, [("02-03T11:00", S, [], [103]), ("02-04T09:00", T, "To Do", "In Progress"),
                                          ("02-05T14:00", T, "In Progress", "Done")]),
    ("PG-16", "Story", "01-02T10:00", 2, [("01-02T11:00", S, [], [101]), ("01-09T10:00", S, [101], [])]),
]


def t(short):
    return datetime.fromisoformat("2026-" + short + ":00").replace(tzinfo=timezone.utc)


def jira_time(dt, cloud):
    if cloud:  # Cloud answers in the user's zone: Europe/Berlin is +01:00 in winter
        return (dt + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000+0100")
    return dt.strftime("%Y-%m-%dT%H:%M:%S.000+0000")


def status_obj(name, cloud):
    sid = BY_NAME[name]
    n, key, cat_id = STATUSES[sid]
    base = "https://jira.example.com" if not cloud else "https://example.atlassian.net"
    return {"self": f"{base}/rest/api/2/status/{sid}", "description": "", "iconUrl": f"{base}/images/icons/statuses/generic.png",
            "name": n, "id": sid, "statusCategory": {"self": f"{base}/rest/api/2/statuscategory/{cat_id}", "id": cat_id,
                                                       "key": key, "colorName": "blue-gray", "name": n}}


def greenhopper(sid):
    i, name, state, start, end, complete, activated = SPRINT_BY_ID[sid]
    return (f"com.atlassian.greenhopper.service.sprint.Sprint@{sid:x}9f3[id={sid},rapidViewId=7,state={state.upper()},"
            f"name={name},startDate={(start or '<null>')},endDate={(end or '<null>')},"
            f"completeDate={(complete or '<null>')},activatedDate={(activated or '<null>')},sequence={sid},goal=,"
            f"synced=false,autoStartStop=false,incompleteIssuesDestinationId=<null>]")


def cloud_sprint(sid):
    i, name, state, start, end, complete, activated = SPRINT_BY_ID[sid]
    o = {"id": sid, "name": name, "state": state, "boardId": 7, "goal": ""}
    if start:
        o["startDate"] = start + ":00.000Z"
        o["endDate"] = end + ":00.000Z"
    if complete:
        o["completeDate"] = complete + ":00.000Z"
    return o


def replay(issue):
    key, typ, created, est, events = issue
    state = {"sprints": [], "status": "To Do", "est": est, "flag": False, "res": None, "assignee": None}
    first_est = next((e for e in events if e[1] == E), None)
    if first_est:
        state["est"] = first_est[2]
    for at, kind, frm, to in events:
        if kind == S:
            state["sprints"] = to
        elif kind == T:
            name, _, res = to.partition("!")
            name = name.split("~")[0]
            state["status"] = name
            if name == "Done":
                state["res"] = res or "Done"
        elif kind == E:
            state["est"] = to
        elif kind == F:
            state["flag"] = to
        elif kind == A:
            state["assignee"] = to
    return state


def items(event, cloud):
    at, kind, frm, to = event
    def item(field, fieldtype, fid, f, fs, tt, ts):
        d = {"field": field, "fieldtype": fieldtype}
        if cloud:
            d["fieldId"] = fid
        d.update({"from": f, "fromString": fs, "to": tt, "toString": ts})
        return d
    if kind == S:
        empty = None if cloud else ""
        ids = lambda l: ", ".join(str(x) for x in l) if l else empty
        names = lambda l: ", ".join(SPRINT_BY_ID[x][1] for x in l) if l else empty
        return [item("Sprint", "custom", "customfield_10020", ids(frm), names(frm), ids(to), names(to))]
    if kind == T:
        name, _, res = to.partition("!")
        name, _, shown = name.partition("~")
        out = [item("status", "jira", "status", BY_NAME[frm], frm, BY_NAME[name], shown or name)]
        if name == "Done":
            r = res or "Done"
            out.insert(0, item("resolution", "jira", "resolution", None, None, RESOLUTIONS[r], r))
        return out
    if kind == E:
        field, fid = ("Story point estimate", "customfield_10016") if cloud else ("Story Points", "customfield_10002")
        return [item(field, "custom", fid, None, str(frm), None, str(to))]
    if kind == F:
        on = lambda b: ("[10019]" if cloud else "[10000]", "Impediment") if b else (None, None)
        return [item("Flagged", "custom", "customfield_10021", *on(frm), *on(to))]
    if kind == A:
        return [item("assignee", "jira", "assignee", None, None, "ana" if not cloud else "5f1c0a", to)]


def issue_json(n, issue, cloud):
    key, typ, created, est, events = issue
    st = replay(issue)
    base = "https://example.atlassian.net" if cloud else "https://jira.example.com"
    fields = {
        "summary": f"{typ} {key}",
        "issuetype": {"self": f"{base}/rest/api/2/issuetype/1", "id": "10003" if typ == "Sub-task" else "10001",
                      "name": typ, "subtask": typ == "Sub-task"},
        "created": jira_time(t(created), cloud),
        "updated": jira_time(t(events[-1][0]), cloud),
        "status": status_obj(st["status"], cloud),
        "resolution": {"self": f"{base}/rest/api/2/resolution/1", "id": RESOLUTIONS[st["res"]], "name": st["res"]} if st["res"] else None,
        "assignee": {"displayName": st["assignee"], ("accountId" if cloud else "name"): "5f1c0a" if cloud else "ana"} if st["assignee"] else None,
        "labels": ["backend"] if n % 3 == 0 else [],
        "comment": {"comments": [{"body": "Looks good", "author": {"displayName": "Bo"}}], "total": 1},
    }
    if cloud:
        fields["description"] = {"type": "doc", "version": 1, "content": [{"type": "paragraph", "content": [
            {"type": "text", "text": f"As a user I want {key}."}]}]}
        fields["customfield_10016"] = None if st["est"] is None else float(st["est"])
        fields["customfield_10028"] = None  # the classic "Story Points" field, unused by this board
        fields["customfield_10020"] = [cloud_sprint(s) for s in st["sprints"]] or None
        fields["customfield_10021"] = [{"self": f"{base}/rest/api/3/customFieldOption/10019", "value": "Impediment", "id": "10019"}] if st["flag"] else None
        fields["customfield_10019"] = "0|i0000" + str(n) + ":"
    else:
        fields["description"] = f"h3. Goal\nAs a user I want {key}."
        fields["customfield_10002"] = None if st["est"] is None else float(st["est"])
        fields["customfield_10005"] = [greenhopper(s) for s in st["sprints"]] or None
        fields["customfield_10000"] = [{"self": f"{base}/rest/api/2/customFieldOption/10000", "value": "Impediment", "id": "10000"}] if st["flag"] else None
        fields["customfield_10004"] = "0|i0000" + str(n) + ":"
    if typ == "Sub-task":
        fields["parent"] = {"id": "10006", "key": "PG-6", "fields": {"summary": "Story PG-6"}}
    histories = []
    for i, ev in enumerate(events):
        histories.append({"id": str(20000 + n * 100 + i), "author": {"displayName": "Bo", "active": True},
                          "created": jira_time(t(ev[0]), cloud), "items": items(ev, cloud)})
    if cloud:
        histories.reverse()
        if key == "PG-6":  # the classic Story Points field also changed; the board does not use it
            histories.insert(0, {"id": "29999", "author": {"displayName": "Bo"}, "created": jira_time(t("01-21T10:05"), cloud),
                                 "items": [{"field": "Story Points", "fieldtype": "custom", "fieldId": "customfield_10028",
                                            "from": None, "fromString": None, "to": None, "toString": "13"}]})
    return {"expand": "operations,changelog", "id": str(10000 + n), "self": f"{base}/rest/api/2/issue/{10000 + n}",
            "key": key, "fields": fields,
            "changelog": {"startAt": 0, "maxResults": len(histories), "total": len(histories), "histories": histories}}


def names(cloud):
    common = {"summary": "Summary", "issuetype": "Issue Type", "created": "Created", "updated": "Updated",
              "status": "Status", "resolution": "Resolution", "assignee": "Assignee", "labels": "Labels",
              "comment": "Comment", "description": "Description", "parent": "Parent"}
    if cloud:
        common.update({"customfield_10016": "Story point estimate", "customfield_10028": "Story Points",
                       "customfield_10020": "Sprint", "customfield_10021": "Flagged", "customfield_10019": "Rank"})
    else:
        common.update({"customfield_10002": "Story Points", "customfield_10005": "Sprint",
                       "customfield_10000": "Flagged", "customfield_10004": "Rank"})
    return common


def board(cloud):
    base = "https://example.atlassian.net" if cloud else "https://jira.example.com"
    field = ("customfield_10016", "Story point estimate") if cloud else ("customfield_10002", "Story Points")
    return {"id": 7, "name": "PG board", "type": "scrum", "self": f"{base}/rest/agile/1.0/board/7/configuration",
            "location": {"type": "project", "key": "PG", "id": "10000", "name": "Phasegate"},
            "filter": {"id": "10100", "self": f"{base}/rest/api/2/filter/10100"},
            "subQuery": {"query": "fixVersion in unreleasedVersions() OR fixVersion is EMPTY"},
            "columnConfig": {"columns": [{"name": n, "statuses": [{"id": i, "self": f"{base}/rest/api/2/status/{i}"} for i in ids]}
                                         for n, ids in COLUMNS], "constraintType": "none"},
            "estimation": {"type": "field", "field": {"fieldId": field[0], "displayName": field[1]}},
            "ranking": {"rankCustomFieldId": 10019 if cloud else 10004}}


def sprint_values(ids, cloud):
    base = "https://example.atlassian.net" if cloud else "https://jira.example.com"
    out = []
    for sid in ids:
        i, name, state, start, end, complete, activated = SPRINT_BY_ID[sid]
        o = {"id": sid, "self": f"{base}/rest/agile/1.0/sprint/{sid}", "state": state, "name": name}
        if start:
            o.update({"startDate": start + ":00.000Z", "endDate": end + ":00.000Z"})
        if complete:
            o["completeDate"] = complete + ":00.000Z"
        if activated:
            o["activatedDate"] = activated + ":00.000Z"
        o.update({"originBoardId": 7, "goal": "Ship the sprint-health CLI" if sid == 103 else ""})
        out.append(o)
    return out


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write("\n")


def main():
    issues = lambda cloud, sub: [issue_json(n + 1, ISSUES[n], cloud) for n in sub]
    # Data Center: two search pages, one sprint page, statuses.json
    write("dc/board-configuration.json", board(False))
    write("dc/sprints.json", {"maxResults": 50, "startAt": 0, "isLast": True, "values": sprint_values([101, 102, 103, 104], False)})
    write("dc/statuses.json", [{"self": f"https://jira.example.com/rest/api/2/status/{i}", "description": "", "name": v[0], "id": i,
                                "statusCategory": {"id": v[2], "key": v[1], "colorName": "blue-gray", "name": v[0]}}
                               for i, v in STATUSES.items()])
    for page, sub in ((1, range(0, 8)), (2, range(8, 16))):
        write(f"dc/issues-{page}.json", {"expand": "schema,names", "startAt": sub.start, "maxResults": 8, "total": 16,
                                          "issues": issues(False, sub), "names": names(False)})
    # Cloud: two sprint pages, one /search/jql response, no statuses.json
    write("cloud/board-configuration.json", board(True))
    write("cloud/sprints-1.json", {"maxResults": 2, "startAt": 0, "isLast": False, "values": sprint_values([101, 102], True)})
    write("cloud/sprints-2.json", {"maxResults": 2, "startAt": 2, "isLast": True, "values": sprint_values([103, 104], True)})
    write("cloud/issues.json", {"issues": issues(True, range(0, 16)), "names": names(True), "isLast": True})


if __name__ == "__main__":
    main()
