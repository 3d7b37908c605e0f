import { templateFields } from './template-fields';

describe('templateFields', () => {
  it('lists values, conditions and the fields of loops as list[].field', () => {
    const liquid = `<h1>{{ school.name | upcase }}</h1>{% if plan.topic %}<p>{{ plan.topic }}</p>{% endif %}
      <table>{% for m in members %}<tr><td>{{ forloop.index }}</td><td>{{ m.full_name }}</td>{% for s in m.subjects %}{{ s.title }}{% endfor %}</tr>{% endfor %}</table>`;
    expect(templateFields(liquid)).toEqual(['members[].full_name', 'members[].subjects[].title', 'plan.topic', 'school.name']);
  });
});
