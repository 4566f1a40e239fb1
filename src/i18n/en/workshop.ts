/** The workshop's facilitator: starting, handing over, taking over and ending a workshop. */
export const workshop = {
  'workshop.start': 'Start workshop',
  'workshop.startHint': 'Facilitate a workshop on this board: you present, run the timer and lead the session.',
  'workshop.mine': 'Facilitating',
  'workshop.theirs': '{name} facilitates',
  'workshop.panel': 'Workshop',
  'workshop.mineTitle': 'You are facilitating',
  'workshop.mineText': 'Only you and the board’s owner can present, run the timer and change the workshop.',
  'workshop.theirsTitle': '{name} is facilitating',
  'workshop.theirsText': 'Only {name} and the board’s owner can present, run the timer and change the workshop.',
  'workshop.left': '{name} has left the board. Anyone who can edit may take over.',
  'workshop.handOver': 'Hand over to',
  'workshop.handOverButton': 'Hand over',
  'workshop.nobodyToHandTo': 'No one else who can edit is on the board.',
  'workshop.takeOver': 'Take over',
  'workshop.end': 'End workshop',
  'workshop.unnamed': 'Someone',
} as const;
