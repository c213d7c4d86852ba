// GraphQL documents the register's screens share.
import { graphql } from "$lib/graphql/generated";

export const DuplicateCandidates = graphql(`
  query DuplicateCandidates($input: PossibleDuplicatesInput!) {
    possibleDuplicates(input: $input) {
      reasons
      nameSimilarity
      user {
        id
        fullName
        curp
        connections {
          controlNumber
          street
          exteriorNumber
          locality {
            name
          }
        }
      }
    }
  }
`);

export const LocalityOptions = graphql(`
  query LocalityOptions {
    localities {
      id
      name
    }
  }
`);
