// What every area of the domain refers to: ids, and how precisely a month is known.

export type Id = string;
export type Precision = 'month' | 'year';
