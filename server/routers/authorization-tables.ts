// Every router's authorization table (<router>.authz.ts), in one list: coverage.test.ts checks that they
// cover the app router exactly, and scripts/authz-matrix.ts writes them out as docs/authorization.md.
import type { AuthCases, AuthWorld } from "../test/authorization.ts";
import { centresAuthorization } from "./centres.authz.ts";
import { checkinAuthorization } from "./checkin.authz.ts";
import { concernsAuthorization } from "./concerns.authz.ts";
import { startersAuthorization } from "./starters.authz.ts";
import { templatesAuthorization } from "./templates.authz.ts";
import { mentoringAuthorization } from "./mentoring.authz.ts";
import { challengesAuthorization } from "./challenges.authz.ts";
import { dashboardAuthorization } from "./dashboard.authz.ts";
import { eventsAuthorization } from "./events.authz.ts";
import { groupsAuthorization } from "./groups.authz.ts";
import { guardiansAuthorization } from "./guardians.authz.ts";
import { helpAuthorization } from "./help.authz.ts";
import { judgingAuthorization } from "./judging.authz.ts";
import { organisationsAuthorization } from "./organisations.authz.ts";
import { registrationsAuthorization } from "./registrations.authz.ts";
import { retentionAuthorization } from "./retention.authz.ts";
import { sensitiveAuthorization } from "./sensitive.authz.ts";
import { submissionsAuthorization } from "./submissions.authz.ts";
import { supplyAuthorization } from "./supply.authz.ts";
import { systemAuthorization } from "./system.authz.ts";
import { teamsAuthorization } from "./teams.authz.ts";
import { usersAuthorization } from "./users.authz.ts";
import { venuesAuthorization } from "./venues.authz.ts";
import { waitingListAuthorization } from "./waiting-list.authz.ts";
import { webhooksAuthorization } from "./webhooks.authz.ts";
import { apiTokensAuthorization } from "./api-tokens.authz.ts";
import { importsAuthorization } from "./imports.authz.ts";
import { promptsAuthorization } from "./prompts.authz.ts";
import { nextAuthorization } from "./next.authz.ts";
import { finalsAuthorization } from "./finals.authz.ts";
import { directoryAuthorization } from "./directory.authz.ts";
import { certificatesAuthorization } from "./certificates.authz.ts";

/** Each router's table of authorization cases, keyed by procedure path. */
export const AUTHORIZATION_TABLES: readonly AuthCases<AuthWorld>[] = [
  eventsAuthorization,
  organisationsAuthorization,
  directoryAuthorization,
  certificatesAuthorization,
  challengesAuthorization,
  registrationsAuthorization,
  teamsAuthorization,
  submissionsAuthorization,
  supplyAuthorization,
  dashboardAuthorization,
  usersAuthorization,
  guardiansAuthorization,
  centresAuthorization,
  checkinAuthorization,
  concernsAuthorization,
  startersAuthorization,
  templatesAuthorization,
  helpAuthorization,
  mentoringAuthorization,
  groupsAuthorization,
  sensitiveAuthorization,
  retentionAuthorization,
  judgingAuthorization,
  systemAuthorization,
  waitingListAuthorization,
  webhooksAuthorization,
  apiTokensAuthorization,
  importsAuthorization,
  promptsAuthorization,
  nextAuthorization,
  finalsAuthorization,
  venuesAuthorization,
] as unknown as readonly AuthCases<AuthWorld>[];
