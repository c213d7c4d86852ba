// A month's transparency figures for the screen and the exports: a frozen version when one is asked for (or the
// latest one), else the figures computed now (marked preliminary).
import { error } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import type { TransparencyFiguresAllFragment } from "$lib/graphql/generated/graphql";
import { api } from "$lib/server/api";

const TransparencyMonthDetail = graphql(`
  query TransparencyMonthDetail($year: Int!, $month: Int!) {
    transparencyMonth(year: $year, month: $month) {
      ...TransparencyMonthStatus
      reports {
        ...TransparencySnapshotSummary
      }
    }
  }
`);

const SnapshotFigures = graphql(`
  query SnapshotFigures($id: ID!) {
    node(id: $id) {
      ... on TransparencyReport {
        figures {
          ...TransparencyFiguresAll
        }
      }
    }
  }
`);

const LiveFigures = graphql(`
  query LiveFigures($year: Int!, $month: Int!) {
    transparencyReport(year: $year, month: $month) {
      ...TransparencyFiguresAll
    }
  }
`);

export function monthParams(params: { year: string; month: string }) {
  const [year, month] = [Number(params.year), Number(params.month)];
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12 || year < 2000 || year > 2100) error(404, "No existe ese mes");
  return { year, month };
}

export async function monthFigures(token: string, year: number, month: number, version: number | null) {
  const { data } = await api(token, TransparencyMonthDetail, { year, month });
  const { reports } = data.transparencyMonth;
  const snapshot = version ? reports.find((r) => r.version === version) : reports[0];
  if (version && !snapshot) error(404, `No existe la versión ${version} de ese mes`);
  const frozen = snapshot ? (await api(token, SnapshotFigures, { id: snapshot.id })).data.node : null;
  const figures: TransparencyFiguresAllFragment =
    frozen && "figures" in frozen ? frozen.figures : (await api(token, LiveFigures, { year, month })).data.transparencyReport;
  return { month: data.transparencyMonth, snapshot: snapshot ?? null, figures };
}
