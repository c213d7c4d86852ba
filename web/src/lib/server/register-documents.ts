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

export const RegisterCatalogs = graphql(`
  query RegisterCatalogs {
    localities {
      id
      name
    }
    crews {
      id
      name
    }
  }
`);

/** What the register's connection changes return to the screens. */
export const ConnectionChangeErrors = graphql(`
  fragment ConnectionChangeErrors on ServiceConnectionPayload {
    serviceConnection {
      controlNumber
    }
    userErrors {
      field
      message
      code
    }
  }
`);
