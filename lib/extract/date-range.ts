// The years this reader's coverage can be from: US-Russia diplomacy on Syria ran 2012-2017, and the
// coverage a year either side. A weekday fixes a year-less date only within this range, and a URL
// timestamp counts only inside it.
export const PLAUSIBLE_YEARS = { from: 2011, to: 2018 } as const;
