// The rule form, enhanced: a condition's operators follow the field chosen (those its type does
// not take are hidden at once, not on the next redraw). The form works without this script.
document.addEventListener('change', (event) => {
  const field = event.target;
  if (!(field instanceof HTMLSelectElement) || !field.hasAttribute('data-rule-field')) return;
  const operator = document.getElementById(field.id.replace(/-field$/, '-op'));
  if (!(operator instanceof HTMLSelectElement)) return;
  const type = field.selectedOptions[0]?.dataset.type;
  for (const option of operator.options) {
    const takes = !type || (option.dataset.types ?? '').split(' ').includes(type);
    option.hidden = !takes;
    option.disabled = !takes;
  }
  if (operator.selectedOptions[0]?.disabled) {
    const first = [...operator.options].find((option) => !option.disabled);
    if (first) operator.value = first.value;
  }
});
